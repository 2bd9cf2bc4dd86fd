package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.DIMENSION;
import static cn.jgdj.schemas.indicators.Indicators.GROUP;
import static cn.jgdj.schemas.indicators.Indicators.PERIOD;
import static cn.jgdj.schemas.indicators.Indicators.SUPPRESSED;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.SecretaryReadiness;

/** One row of secretary_readiness: a year's secretaries of a group, trained, newly appointed and overdue. */
public record SecretaryRow(Period period, String dimension, String group, long secretaries, long trained,
                           double trainedRate, long newlyAppointed, double newTrainedRate, long overdue,
                           boolean suppressed) {

    static SecretaryRow read(RowReader r) {
        return new SecretaryRow(r.period(PERIOD), r.text(DIMENSION), r.text(GROUP),
                r.count(SecretaryReadiness.SECRETARIES, false), r.count(SecretaryReadiness.TRAINED, false),
                r.rate(SecretaryReadiness.TRAINED_RATE), r.count(SecretaryReadiness.NEWLY_APPOINTED, false),
                r.rate(SecretaryReadiness.NEW_TRAINED_RATE), r.count(SecretaryReadiness.OVERDUE, false),
                r.bool(SUPPRESSED));
    }
}

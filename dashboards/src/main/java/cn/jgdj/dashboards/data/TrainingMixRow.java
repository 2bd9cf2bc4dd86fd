package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Period;
import static cn.jgdj.schemas.indicators.Indicators.DIMENSION;
import static cn.jgdj.schemas.indicators.Indicators.GROUP;
import static cn.jgdj.schemas.indicators.Indicators.PERIOD;
import static cn.jgdj.schemas.indicators.Indicators.SUPPRESSED;

import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;

/** One row of training_mix: a group's credited hours and members reached by one training form in a year. */
public record TrainingMixRow(Period period, String dimension, String group, String form, long members, double hours,
                             double hoursShare, long membersReached, double reachedRate, boolean suppressed) {

    static TrainingMixRow read(RowReader r) {
        return new TrainingMixRow(r.period(PERIOD), r.text(DIMENSION), r.text(GROUP), r.text(TrainingMix.FORM),
                r.count(TrainingMix.MEMBERS, false), r.number(TrainingMix.HOURS), r.rate(TrainingMix.HOURS_SHARE),
                r.count(TrainingMix.MEMBERS_REACHED, false), r.rate(TrainingMix.REACHED_RATE), r.bool(SUPPRESSED));
    }
}

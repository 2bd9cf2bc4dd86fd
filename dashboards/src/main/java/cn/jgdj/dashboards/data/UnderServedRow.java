package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;

/** One test of under_served: a group's outcome rate against every other eligible member's. */
public record UnderServedRow(Period period, String indicator, String dimension, String group, long members,
                             double rate, long restMembers, double restRate, double gapPp, String test,
                             double pValue, double qValue, boolean flagged, boolean suppressed) implements GroupRow {

    static UnderServedRow read(RowReader r) {
        boolean sup = r.bool(SUPPRESSED);
        return new UnderServedRow(r.period(PERIOD), r.text(INDICATOR), r.text(DIMENSION), r.text(GROUP),
                r.count(UnderServed.MEMBERS, sup), r.rate(UnderServed.RATE), r.count(UnderServed.REST_MEMBERS, sup),
                r.rate(UnderServed.REST_RATE), r.number(UnderServed.GAP_PP), r.text(UnderServed.TEST),
                r.number(UnderServed.P_VALUE), r.number(UnderServed.Q_VALUE), r.bool(UnderServed.FLAGGED), sup);
    }
}

package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;

/**
 * One row of effectiveness: a program's effect on an outcome at an event time (or overall) for a group, with its
 * bootstrap interval; att and the bounds are NaN when suppressed or not estimable.
 */
public record EffectivenessRow(Period period, String program, String outcome, String dimension, String group,
                               String eventTime, double att, double ciLow, double ciHigh, long treated,
                               long comparison, boolean pretrendWarning, boolean suppressed) {

    /** Whether this is the overall effect (months +1 … +3) rather than one event time. */
    public boolean overall() {
        return Effectiveness.OVERALL.equals(eventTime);
    }

    /** The event time as a number (only for rows that are not overall). */
    public int eventMonth() {
        return Integer.parseInt(eventTime);
    }

    /** Whether the row can be drawn: not suppressed and estimated with an interval. */
    public boolean shown() {
        return !suppressed && !Double.isNaN(att) && !Double.isNaN(ciLow) && !Double.isNaN(ciHigh);
    }

    static EffectivenessRow read(RowReader r) {
        return new EffectivenessRow(r.period(PERIOD), r.text(Effectiveness.PROGRAM), r.text(Effectiveness.OUTCOME),
                r.text(DIMENSION), r.text(GROUP), r.text(Effectiveness.EVENT_TIME), r.number(Effectiveness.ATT),
                r.number(Effectiveness.CI_LOW), r.number(Effectiveness.CI_HIGH),
                r.count(Effectiveness.TREATED, false), r.count(Effectiveness.COMPARISON, false),
                r.bool(Effectiveness.PRETREND_WARNING), r.bool(SUPPRESSED));
    }
}

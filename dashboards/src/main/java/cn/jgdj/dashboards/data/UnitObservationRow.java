package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Period;
import static cn.jgdj.schemas.indicators.Indicators.PERIOD;
import static cn.jgdj.schemas.indicators.Indicators.UNIT_ID;

import cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit;

/** One row of observation_by_unit: a unit's theory study group sessions in a year and how many were observed. */
public record UnitObservationRow(Period period, String unitId, long sessions, long sessionsObserved,
                                 boolean observed) {

    static UnitObservationRow read(RowReader r) {
        return new UnitObservationRow(r.period(PERIOD), r.text(UNIT_ID), r.count(ObservationByUnit.SESSIONS, false),
                r.count(ObservationByUnit.SESSIONS_OBSERVED, false), r.bool(ObservationByUnit.OBSERVED));
    }

    /** Held sessions, none of them observed: what "full coverage every year" asks to find. */
    public boolean neverObserved() {
        return sessions > 0 && !observed;
    }
}

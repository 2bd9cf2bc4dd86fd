package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.ObservationCoverage;

/** One row of observation_coverage: units whose theory study group was observed in a year. */
public record ObservationRow(Period period, long unitsWithStudyGroup, long unitsObserved, double observedShare) {

    static ObservationRow read(RowReader r) {
        return new ObservationRow(r.period(PERIOD), r.count(ObservationCoverage.UNITS_WITH_STUDY_GROUP, false),
                r.count(ObservationCoverage.UNITS_OBSERVED, false), r.rate(ObservationCoverage.OBSERVED_SHARE));
    }
}

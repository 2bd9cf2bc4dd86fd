package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.Coverage;

/** One row of the coverage table: 学时 reach and attainment of a group in a year or year to date. */
public record CoverageRow(Period period, String dimension, String group, long eligible, long reached,
                          long attained, double reachRate, double attainmentRate, double ciLow, double ciHigh,
                          boolean suppressed) implements GroupRow {

    static CoverageRow read(RowReader r) {
        boolean sup = r.bool(SUPPRESSED);
        return new CoverageRow(r.period(PERIOD), r.text(DIMENSION), r.text(GROUP),
                r.count(Coverage.ELIGIBLE, sup), r.count(Coverage.REACHED, sup), r.count(Coverage.ATTAINED, sup),
                r.rate(Coverage.REACH_RATE), r.rate(Coverage.ATTAINMENT_RATE),
                r.rate(Coverage.CI_LOW), r.rate(Coverage.CI_HIGH), sup);
    }
}

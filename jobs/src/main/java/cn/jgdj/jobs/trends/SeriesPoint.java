package cn.jgdj.jobs.trends;

import cn.jgdj.schemas.Period;

/**
 * One quarter of one headline series.
 *
 * @param quarter    a quarter {@link Period}
 * @param suppressed the group is under the minimum cell size that quarter: the value is kept but not analysed
 */
public record SeriesPoint(String indicator, String dimension, String group, Period quarter, double value,
                          boolean suppressed) {
    public SeriesPoint {
        if (!quarter.isQuarter()) {
            throw new IllegalArgumentException("'" + quarter + "' is not a quarter like 2025Q2");
        }
    }
}

package cn.jgdj.jobs.trends;

/**
 * One quarter of one headline series.
 *
 * @param suppressed the group is under the minimum cell size that quarter: the value is kept but not analysed
 */
public record SeriesPoint(String indicator, String dimension, String group, Quarter quarter, double value,
                          boolean suppressed) {
}

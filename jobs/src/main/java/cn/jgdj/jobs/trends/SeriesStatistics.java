package cn.jgdj.jobs.trends;

import cn.jgdj.jobs.stats.SeasonalKendall;
import cn.jgdj.jobs.stats.SeasonalSenSlope;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import java.util.Arrays;
import java.util.List;

/**
 * The statistics of one quarterly series, from its unsuppressed quarters, with the four quarters as seasons
 * (the series are seasonal: year-to-date attainment climbs every year): the seasonal Sen slope per year with its
 * 95% interval, the seasonal Kendall S, Z and p, and the direction. Every field is null when no quarter of the
 * year has values in two years; an interval bound is null when there are too few slopes for it.
 */
public record SeriesStatistics(Double slopePerYear, Double slopeCiLow, Double slopeCiHigh, Long skS, Double skZ,
                               Double skP, String direction) {
    /** A trend is called rising or falling only when the seasonal Kendall p-value is below this. */
    public static final double ALPHA = 0.05;
    static final int SEASONS = 4;

    static final SeriesStatistics NONE = new SeriesStatistics(null, null, null, null, null, null, null);

    /** @param points one series, any order; suppressed points are left out */
    public static SeriesStatistics of(List<SeriesPoint> points) {
        double[][] seasons = seasons(points.stream().filter(p -> !p.suppressed()).toList());
        if (!SeasonalKendall.hasPair(seasons)) {
            return NONE;
        }
        SeasonalKendall sk = SeasonalKendall.test(seasons);
        SeasonalSenSlope sen = SeasonalSenSlope.estimate(seasons, sk.variance(), 1 - ALPHA);
        return new SeriesStatistics(sen.slope(), sen.ciLow(), sen.ciHigh(), sk.s(), sk.z(), sk.pValue(),
                direction(sk.pValue(), sk.s()));
    }

    /** seasons[q − 1][year − first year], NaN where the series has no (unsuppressed) value. */
    static double[][] seasons(List<SeriesPoint> points) {
        if (points.isEmpty()) {
            return new double[SEASONS][0];
        }
        int first = points.stream().mapToInt(p -> p.quarter().year()).min().getAsInt();
        int last = points.stream().mapToInt(p -> p.quarter().year()).max().getAsInt();
        double[][] seasons = new double[SEASONS][last - first + 1];
        for (double[] season : seasons) {
            Arrays.fill(season, Double.NaN);
        }
        for (SeriesPoint p : points) {
            seasons[p.quarter().index() - 1][p.quarter().year() - first] = p.value();
        }
        return seasons;
    }

    /** The sign of S decides the direction; significance alone decides whether there is one. */
    static String direction(double p, long s) {
        if (p < ALPHA && s > 0) {
            return Trends.RISING;
        }
        if (p < ALPHA && s < 0) {
            return Trends.FALLING;
        }
        return Trends.FLAT;
    }
}

package cn.jgdj.jobs.trends;

import cn.jgdj.jobs.stats.MannKendall;
import cn.jgdj.jobs.stats.OlsTrend;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import java.util.List;

/**
 * The statistics of one series, from its unsuppressed quarters in time order: least-squares slope per quarter
 * with its 95% interval (gaps between quarters kept as gaps), Mann–Kendall S, Z and p, and the direction.
 * Every field is null when fewer than {@link #MIN_POINTS} quarters can be used.
 */
public record SeriesStatistics(Double slope, Double slopeCiLow, Double slopeCiHigh, Long mkS, Double mkZ,
                               Double mkP, String direction) {
    public static final int MIN_POINTS = Math.max(OlsTrend.MIN_POINTS, MannKendall.MIN_POINTS);
    /** A trend is called rising or falling only when the Mann–Kendall p-value is below this. */
    public static final double ALPHA = 0.05;

    static final SeriesStatistics NONE = new SeriesStatistics(null, null, null, null, null, null, null);

    /** @param points one series, any order; suppressed points are left out */
    public static SeriesStatistics of(List<SeriesPoint> points) {
        List<SeriesPoint> used = points.stream().filter(p -> !p.suppressed())
                .sorted((a, b) -> a.quarter().compareTo(b.quarter())).toList();
        if (used.size() < MIN_POINTS) {
            return NONE;
        }
        double[] x = used.stream().mapToDouble(p -> p.quarter().index()).toArray();
        double[] y = used.stream().mapToDouble(SeriesPoint::value).toArray();
        OlsTrend ols = OlsTrend.fit(x, y);
        MannKendall mk = MannKendall.test(y);
        return new SeriesStatistics(ols.slope(), ols.ciLow(), ols.ciHigh(), mk.s(), mk.z(), mk.pValue(),
                direction(mk.pValue(), ols.slope()));
    }

    static String direction(double mkP, double slope) {
        if (mkP < ALPHA && slope > 0) {
            return Trends.RISING;
        }
        if (mkP < ALPHA && slope < 0) {
            return Trends.FALLING;
        }
        return Trends.FLAT;
    }
}

package cn.jgdj.jobs.stats;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Least-squares straight line through a series: the slope per unit of x (a quarter, for the trends table) and
 * its confidence interval from the t distribution with n − 2 degrees of freedom.
 *
 * @param slope  fitted change of y per unit of x
 * @param ciLow  lower bound of the slope's confidence interval
 * @param ciHigh upper bound of the slope's confidence interval
 */
public record OlsTrend(double slope, double ciLow, double ciHigh) {
    /** Fewer points leave no degree of freedom for the residual variance. */
    public static final int MIN_POINTS = 3;

    /** Fit with a 95% interval; x are the periods' positions (gaps allowed), y the values. */
    public static OlsTrend fit(double[] x, double[] y) {
        return fit(x, y, 0.95);
    }

    /**
     * @param confidence two-sided confidence level in (0, 1)
     * @throws IllegalArgumentException with fewer than {@link #MIN_POINTS} points, mismatched lengths,
     *                                  or x all equal
     */
    public static OlsTrend fit(double[] x, double[] y, double confidence) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (x.length < MIN_POINTS) {
            throw new IllegalArgumentException("a slope interval needs at least " + MIN_POINTS
                    + " points, got " + x.length);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        SimpleRegression regression = new SimpleRegression(true);
        for (int i = 0; i < x.length; i++) {
            regression.addData(x[i], y[i]);
        }
        double slope = regression.getSlope();
        if (Double.isNaN(slope)) {
            throw new IllegalArgumentException("x values are all equal: no slope can be fitted");
        }
        double halfWidth = regression.getSlopeConfidenceInterval(1 - confidence);
        return new OlsTrend(slope, slope - halfWidth, slope + halfWidth);
    }
}

package cn.jgdj.jobs.stats;

/**
 * Pooled two-proportion z-test of k1/n1 against k2/n2, two-sided, without continuity correction
 * (R's {@code prop.test(..., correct = FALSE)} gives the same p-value, as its chi-square is z²).
 *
 * @param z      (p1 − p2) / sqrt(p(1 − p)(1/n1 + 1/n2)) with p the pooled proportion
 * @param pValue two-sided p-value from the standard normal
 */
public record TwoProportionZTest(double z, double pValue) {

    public static TwoProportionZTest of(long k1, long n1, long k2, long n2) {
        Counts.check(k1, n1, "first");
        Counts.check(k2, n2, "second");
        double p1 = (double) k1 / n1;
        double p2 = (double) k2 / n2;
        double pooled = (double) (k1 + k2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            // Everyone or no one has the outcome in both samples: the proportions are identical.
            return new TwoProportionZTest(0.0, 1.0);
        }
        double z = (p1 - p2) / se;
        return new TwoProportionZTest(z, StandardNormal.twoSidedP(z));
    }
}

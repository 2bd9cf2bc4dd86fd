package cn.jgdj.jobs.stats;

/** Argument checks for "k successes of n trials" inputs. */
final class Counts {
    private Counts() {
    }

    static void check(long k, long n, String which) {
        if (n <= 0) {
            throw new IllegalArgumentException("the " + which + " sample is empty (n=" + n + ")");
        }
        if (k < 0 || k > n) {
            throw new IllegalArgumentException(
                    "the " + which + " sample needs 0 <= k <= n, got k=" + k + ", n=" + n);
        }
    }
}

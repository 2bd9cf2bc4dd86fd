package cn.jgdj.generator;

import java.util.SplittableRandom;

/**
 * Independent random streams keyed by (seed, stream, entity...): each branch-year, member-year or file gets its
 * own stream, so the output does not depend on how much randomness other parts consumed.
 */
final class Rng {
    private Rng() {
    }

    static final long COUNTY = 1;
    static final long PERSON = 2;
    static final long ROLES = 3;
    static final long ENGAGEMENT = 4;
    static final long NAME = 5;
    static final long BRANCH_EVENTS = 6;
    static final long UNIT_EVENTS = 7;
    static final long COUNTY_EVENTS = 8;
    static final long PLATFORM = 9;
    static final long VOLUNTEER = 10;
    static final long MEMBERS_FILE = 11;
    static final long DIRT = 12;
    static final long STRUCTURE_FILES = 13;
    static final long PLAN = 14;
    static final long WARNINGS = 15;

    static SplittableRandom of(long seed, long stream, long... keys) {
        long h = mix(seed ^ 0x6A09E667F3BCC909L);
        h = mix(h ^ (stream * 0x9E3779B97F4A7C15L));
        for (long k : keys) {
            h = mix(h ^ (k + 0xBB67AE8584CAA73BL));
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A standard normal deviate (Box–Muller; one of the pair is discarded for simplicity). */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    /** A draw from a small Poisson distribution (Knuth's method). */
    static int poisson(SplittableRandom r, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}

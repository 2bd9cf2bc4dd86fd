package cn.jgdj.generator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the demo county generator writes: the output folder, the number of party members (full and probationary
 * persons; candidates and activists come on top, about 7 %), how many full calendar years ending with
 * {@code lastYear}, and the seed that makes the output byte-for-byte reproducible.
 */
public record GeneratorConfig(Path out, int members, int years, int lastYear, long seed) {

    public static final int DEFAULT_MEMBERS = 10_000;
    public static final int DEFAULT_YEARS = 5;
    public static final int DEFAULT_LAST_YEAR = 2025;
    public static final long DEFAULT_SEED = 20251L;

    public GeneratorConfig {
        Objects.requireNonNull(out, "out");
        if (members < 50) {
            throw new IllegalArgumentException("members must be at least 50, got " + members);
        }
        if (members > 5_000_000) {
            throw new IllegalArgumentException("members must be at most 5,000,000, got " + members);
        }
        if (years < 1 || years > 30) {
            throw new IllegalArgumentException("years must be between 1 and 30, got " + years);
        }
        if (lastYear < 2000 || lastYear > 2090) {
            throw new IllegalArgumentException("lastYear must be between 2000 and 2090, got " + lastYear);
        }
    }

    /** 10,000 members, 5 years, last year 2025, seed 20251. */
    public static GeneratorConfig defaults(Path out) {
        return new GeneratorConfig(out, DEFAULT_MEMBERS, DEFAULT_YEARS, DEFAULT_LAST_YEAR, DEFAULT_SEED);
    }

    public int firstYear() {
        return lastYear - years + 1;
    }

    public GeneratorConfig withMembers(int n) {
        return new GeneratorConfig(out, n, years, lastYear, seed);
    }

    public GeneratorConfig withYears(int y) {
        return new GeneratorConfig(out, members, y, lastYear, seed);
    }

    public GeneratorConfig withSeed(long s) {
        return new GeneratorConfig(out, members, years, lastYear, s);
    }

    public GeneratorConfig withOut(Path o) {
        return new GeneratorConfig(o, members, years, lastYear, seed);
    }
}

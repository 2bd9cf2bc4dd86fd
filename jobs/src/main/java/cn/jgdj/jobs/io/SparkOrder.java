package cn.jgdj.jobs.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Spark's ascending order of strings, for tables sorted on the driver: by UTF-8 bytes, unsigned, nulls first.
 * Java's own {@code String.compareTo} compares UTF-16 units, which puts a character beyond U+FFFF (a surrogate pair)
 * before U+E000–U+FFFF, where Spark puts it after.
 */
public final class SparkOrder {
    private SparkOrder() {
    }

    /** Strings as Spark's {@code ORDER BY s ASC} sorts them (nulls first). */
    public static final Comparator<String> STRINGS = Comparator.nullsFirst((a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
}

package cn.jgdj.pipeline.runner;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A run's identifier: its local start time to the second and four random hex digits, e.g. 20261127T172501-ab12. */
public record RunId(String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d{8}T\\d{6}-[0-9a-f]{4}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    public RunId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a run id (like 20261127T172501-ab12)");
        }
    }

    /** A fresh id for a run starting at that time. */
    public static RunId startingAt(LocalDateTime start) {
        byte[] suffix = new byte[2];
        RANDOM.nextBytes(suffix);
        return new RunId(STAMP.format(start) + "-" + HexFormat.of().formatHex(suffix));
    }

    @Override
    public String toString() {
        return value;
    }
}

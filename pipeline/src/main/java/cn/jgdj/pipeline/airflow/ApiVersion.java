package cn.jgdj.pipeline.airflow;

import java.util.Locale;

/** Which stable REST API to speak: Airflow 3's /api/v2 with JWT, Airflow 2's /api/v1 with basic auth, or detect. */
public enum ApiVersion {
    AUTO(""),
    V1("/api/v1"),
    V2("/api/v2");

    private final String prefix;

    ApiVersion(String prefix) {
        this.prefix = prefix;
    }

    /** The path prefix, e.g. {@code /api/v2}; empty for AUTO. */
    public String prefix() {
        return prefix;
    }

    /** Parses {@code auto}, {@code v1} (Airflow 2) or {@code v2} (Airflow 3), in any case. */
    public static ApiVersion parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "auto" -> AUTO;
            case "v1" -> V1;
            case "v2" -> V2;
            default -> throw new IllegalArgumentException(
                    "unknown Airflow API version '" + text + "' (expected auto, v1 for Airflow 2, v2 for Airflow 3)");
        };
    }
}

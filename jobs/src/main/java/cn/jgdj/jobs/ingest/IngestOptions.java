package cn.jgdj.jobs.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * Operator overrides for ingest. {@code encodingByDataset} forces a CSV encoding per dataset name (e.g.
 * members → GBK) where detection guesses wrong; datasets not named are detected. {@code recordsPerTask} is how
 * many records one Spark task checks: a file with no more records is checked in one task without any shuffle,
 * a bigger one is spread over about records / recordsPerTask tasks (see {@link IngestLayout}).
 * {@code heldRecordsMax}: a spread file with more records is parsed twice instead of holding its classified rows
 * ({@link SpreadIngest}).
 */
public record IngestOptions(Map<String, String> encodingByDataset, long recordsPerTask, long heldRecordsMax) {

    /** About a second of parsing and checking per core: below that, a shuffle costs more than it spreads. */
    public static final long DEFAULT_RECORDS_PER_TASK = 250_000;

    /**
     * Held classified rows take about 310 bytes each (attendance and platform usage): 5 M records are about 1.5 GB,
     * a quarter of the launcher's default heap. Above it a second parse (about 4 µs of CPU per record) is cheaper than
     * holding rows that no longer fit and spill to disk.
     */
    public static final long DEFAULT_HELD_RECORDS_MAX = 5_000_000;

    public static final IngestOptions DEFAULT = new IngestOptions(Map.of());

    public IngestOptions {
        encodingByDataset = Map.copyOf(encodingByDataset);
        encodingByDataset.forEach((dataset, name) -> charset(dataset, name));
        if (recordsPerTask < 1) {
            throw new IllegalArgumentException("recordsPerTask must be at least 1, not " + recordsPerTask);
        }
        if (heldRecordsMax < 0) {
            throw new IllegalArgumentException("heldRecordsMax must not be negative, not " + heldRecordsMax);
        }
    }

    public IngestOptions(Map<String, String> encodingByDataset, long recordsPerTask) {
        this(encodingByDataset, recordsPerTask, DEFAULT_HELD_RECORDS_MAX);
    }

    public IngestOptions(Map<String, String> encodingByDataset) {
        this(encodingByDataset, DEFAULT_RECORDS_PER_TASK);
    }

    /** The forced encoding of a dataset, or null to detect it. */
    public Charset encodingFor(String dataset) {
        String name = encodingByDataset.get(dataset);
        return name == null ? null : charset(dataset, name);
    }

    private static Charset charset(String dataset, String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("encoding '" + name + "' given for " + dataset
                    + " is not an encoding this Java knows (try UTF-8, GB18030 or GBK)", e);
        }
    }
}

package cn.jgdj.pipeline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Rows of a committed Parquet dataset, summed from the file footers: no Spark job, no data scanned.
 * Counts are remembered per fingerprint, so a dataset read by several tasks is counted once. Safe to call from
 * tasks running side by side (two may count the same dataset at once; both get the same number).
 */
final class RowCounter {
    private final Configuration conf;
    private final Map<String, Optional<Long>> byFingerprint = new ConcurrentHashMap<>();

    RowCounter(Configuration conf) {
        this.conf = conf;
    }

    /** Rows of the Parquet dataset at a location, or null when it is not a Parquet folder (a file, a pack). */
    Long rows(String location, String fingerprint) {
        if (Fingerprints.ABSENT.equals(fingerprint)) {
            return null;
        }
        String key = location + "@" + fingerprint;
        Optional<Long> known = byFingerprint.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        Long rows = count(new Path(location));
        byFingerprint.put(key, Optional.ofNullable(rows));
        return rows;
    }

    private Long count(Path dir) {
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.getFileStatus(dir).isDirectory() || !fs.exists(new Path(dir, "_SUCCESS"))) {
                return null;
            }
            long total = 0;
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
            while (files.hasNext()) {
                LocatedFileStatus f = files.next();
                if (f.getPath().getName().endsWith(".parquet")) {
                    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(f, conf))) {
                        total += reader.getRecordCount();
                    }
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("counting rows of " + dir + ": " + e.getMessage(), e);
        }
    }
}

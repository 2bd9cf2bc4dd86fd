package cn.jgdj.jobs.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Committed Parquet datasets opened once per run and handed to every later task that reads them. Opening a
 * dataset costs a Spark job (Spark reads a Parquet footer to learn the schema) and a file listing; a local run's
 * 31 tasks open the same few curated tables about 70 times. Only the opened relation (schema and file list) is
 * kept, not the rows: each task still scans what it needs. A dataset is forgotten when a task commits a new
 * version of it, so a reader never sees a stale file list.
 * <p>Chosen by the launcher: the local runner passes {@link #reusing()}; a job run alone (spark-submit, Airflow)
 * gets {@link #none()} and opens every dataset it reads, as before.
 */
public final class TableReads {
    private final Map<String, Dataset<Row>> opened;

    private TableReads(Map<String, Dataset<Row>> opened) {
        this.opened = opened;
    }

    /** Opens every read anew (one job per run of a single task). */
    public static TableReads none() {
        return new TableReads(null);
    }

    /** Keeps each opened dataset for the rest of the run, until a new version of it is committed. */
    public static TableReads reusing() {
        return new TableReads(new ConcurrentHashMap<>());
    }

    /** The dataset at {@code location}: the one opened earlier in this run, or {@code open}'s. */
    Dataset<Row> read(String location, Supplier<Dataset<Row>> open) {
        if (opened == null) {
            return open.get();
        }
        return opened.computeIfAbsent(location, l -> open.get());
    }

    /** Forgets the dataset at {@code location}: it is about to be replaced. */
    void forget(String location) {
        if (opened != null) {
            opened.remove(location);
        }
    }

    /** Whether a dataset at {@code location} is held (for tests). */
    boolean holds(String location) {
        return opened != null && opened.containsKey(location);
    }
}

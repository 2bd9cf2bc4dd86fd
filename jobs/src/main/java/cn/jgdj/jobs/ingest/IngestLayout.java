package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.schemas.raw.DatasetDef;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * How one file's records are spread over Spark tasks and its curated rows over files, decided from the record
 * count known before any check runs (counted while numbering, or bounded by the file's line breaks). A file of at most {@link IngestOptions#recordsPerTask}
 * records is checked in one partition: Spark then needs no shuffle for the key checks (a single partition is
 * clustered by any key) and writes one file per table, or per year (and month). A bigger file keeps Spark's
 * partitions and shuffles, and its rows are grouped by the table's partition columns before the write, so each
 * year or month is one file rather than one small file per task, or, when a year or month is bigger than adaptive
 * execution's advisory partition size, a few files of about that size written by as many tasks.
 */
final class IngestLayout {
    private final long tasks;

    private IngestLayout(long tasks) {
        this.tasks = tasks;
    }

    static IngestLayout of(long records, long recordsPerTask) {
        return new IngestLayout(Math.max(1, (records + recordsPerTask - 1) / recordsPerTask));
    }

    /** Whether the whole file is checked in one task. */
    boolean singleTask() {
        return tasks == 1;
    }

    /** The parsed table, in one partition when the file is small. */
    Dataset<Row> parsed(Dataset<Row> parsed) {
        return singleTask() ? parsed.coalesce(1) : parsed;
    }

    /** The curated rows as they should reach the writer. */
    Dataset<Row> forWrite(DatasetDef def, Dataset<Row> curated) {
        if (singleTask()) {
            // One task writes one file per partition value already.
            return curated;
        }
        if (def.partitionBy().isEmpty()) {
            return curated.coalesce((int) Math.min(Integer.MAX_VALUE, tasks));
        }
        Column[] partitions = def.partitionBy().stream().map(c -> col(c)).toArray(Column[]::new);
        if (!adaptive(curated)) {
            // Spark drops a rebalance without adaptive execution: every task would then write its own file per
            // year or month.
            return curated.repartition(partitions);
        }
        // Hashed by the partition columns, as repartition(year, month) would be, so a year or month is one file;
        // but a year or month bigger than spark.sql.adaptive.advisoryPartitionSizeInBytes of shuffle is split over
        // several writer tasks (and files), and small ones are coalesced. A repartition would write a big county's
        // year of attendance from one task into one file of gigabytes.
        return curated.hint("rebalance", (Object[]) partitions);
    }

    private static boolean adaptive(Dataset<Row> rows) {
        return Boolean.parseBoolean(rows.sparkSession().conf().get("spark.sql.adaptive.enabled", "true").trim());
    }
}

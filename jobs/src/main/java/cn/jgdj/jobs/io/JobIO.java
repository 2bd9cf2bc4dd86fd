package cn.jgdj.jobs.io;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * How a job reads its inputs and writes its outputs, by logical name (see {@link cn.jgdj.schemas.Catalog}).
 * Jobs never build paths themselves, so the runner can stage outputs and commit them only when a task succeeds.
 */
public interface JobIO {

    SparkSession spark();

    /** Reads a committed Parquet dataset. Fails with the name and path when it is missing. */
    Dataset<Row> read(String name);

    /** Whether a committed dataset exists. */
    boolean exists(String name);

    /** Writes a dataset as Parquet (overwrite), partitioned as the catalog says, plus a CSV copy where it says so. */
    void write(String name, Dataset<Row> rows);

    /** Writes a small text file (JSON reports) under the output root. */
    void writeText(String name, String content);

    /** Reads a small committed text file, or null when absent. */
    String readText(String name);

    /** The path or URI a logical name resolves to, for messages and raw-input reading. */
    String location(String name);
}

package cn.jgdj.jobs.io;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.JobID;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.TaskID;
import org.apache.hadoop.mapreduce.TaskType;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.CoalesceExec;
import org.apache.spark.sql.execution.LocalTableScanExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.OutputWriter;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.types.StructType;

/**
 * Rows made on the driver (a published table computed from collected counts) written as one Parquet file by the
 * driver itself, with Spark's own Parquet writer ({@code ParquetFileFormat}'s write support and options, as a
 * writing task would use them): the same file for Spark's readers, but no Spark job. Writing such rows through
 * Spark cost a job each (planning, a task, a commit), 13 of a 10,000-member run's 112 jobs, for tables of a few
 * hundred rows that the driver already holds.
 */
final class DriverParquet {
    private DriverParquet() {
    }

    /**
     * The rows of a plan that only reads rows held on the driver (a local table scan, possibly coalesced), in the
     * order Spark would write them to one file; empty for any other plan.
     */
    static Optional<InternalRow[]> localRows(Dataset<Row> rows) {
        // The analyzed plan is at hand; the physical one would cost a planning of every dataset written.
        scala.collection.Iterator<LogicalPlan> leaves = rows.queryExecution().analyzed().collectLeaves().iterator();
        while (leaves.hasNext()) {
            if (!(leaves.next() instanceof LocalRelation)) {
                return Optional.empty();
            }
        }
        SparkPlan plan = rows.queryExecution().sparkPlan();
        while (plan instanceof CoalesceExec coalesce) {
            // Coalescing a scan's slices keeps them in order: one file holds the rows as the scan lists them.
            plan = coalesce.child();
        }
        if (plan instanceof LocalTableScanExec scan && scan.schema().equals(rows.schema())) {
            return Optional.of(scan.executeCollect());
        }
        return Optional.empty();
    }

    /**
     * Writes {@code rows} to a new folder {@code target} (replaced if it exists) as one Parquet file and Spark's
     * {@code _SUCCESS} marker, as {@code rows.coalesce(1).write().parquet(target)} would.
     */
    static void write(SparkSession spark, StructType schema, InternalRow[] rows, String target) throws IOException {
        Path dir = new Path(target);
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        FileSystem fs = dir.getFileSystem(conf);
        fs.delete(dir, true);
        fs.mkdirs(dir);
        Job job = Job.getInstance(conf);
        OutputWriterFactory factory = new ParquetFileFormat().prepareWrite(spark, job,
                scala.collection.immutable.Map$.MODULE$.empty(), schema);
        TaskAttemptContext context = new TaskAttemptContextImpl(job.getConfiguration(),
                new TaskAttemptID(new TaskID(new JobID("driver", 0), TaskType.MAP, 0), 0));
        String file = "part-00000-" + UUID.randomUUID() + "-c000" + factory.getFileExtension(context);
        OutputWriter writer = factory.newInstance(new Path(dir, file).toString(), schema, context);
        try {
            for (InternalRow r : rows) {
                writer.write(r);
            }
        } finally {
            writer.close();
        }
        fs.create(new Path(dir, "_SUCCESS"), true).close();
    }
}

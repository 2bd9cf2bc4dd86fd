package cn.jgdj.jobs.io;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of an unpartitioned Parquet dataset written by Spark, read on the driver from one file's footer
 * (Spark keeps its own schema there, as JSON). Spark itself learns a dataset's schema with a Spark job that reads
 * the same footer on an executor; handing the schema to the reader skips that job, which at county scale costs more
 * than many of the scans that follow. Empty when the answer is not certain (a partitioned dataset, whose partition
 * columns' types Spark infers from folder names; a file without Spark's schema): the caller then lets Spark infer.
 */
final class FooterSchema {
    private FooterSchema() {
    }

    /** The footer key under which Spark's Parquet writer stores the row schema (ParquetReadSupport). */
    static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

    static Optional<StructType> of(Path dataset, Configuration conf) throws IOException {
        FileSystem fs = dataset.getFileSystem(conf);
        FileStatus first = null;
        for (FileStatus st : fs.listStatus(dataset)) {
            String name = st.getPath().getName();
            if (st.isDirectory()) {
                // year=2024/...: partition folders (or anything else unexpected): let Spark infer.
                return Optional.empty();
            }
            if (name.startsWith("part-") && name.endsWith(".parquet")
                    && (first == null || name.compareTo(first.getPath().getName()) < 0)) {
                first = st;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromStatus(first, conf))) {
            String json = reader.getFooter().getFileMetaData().getKeyValueMetaData().get(SPARK_SCHEMA_KEY);
            if (json == null) {
                return Optional.empty();
            }
            DataType type = DataType.fromJson(json);
            // Every column nullable, as Spark's own inference gives a file source's schema (asNullable is Spark-private
            // in Scala, public in the bytecode).
            return type instanceof StructType struct ? Optional.of(struct.asNullable()) : Optional.empty();
        }
    }
}

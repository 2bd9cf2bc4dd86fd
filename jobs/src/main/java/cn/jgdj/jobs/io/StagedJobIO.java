package cn.jgdj.jobs.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.CsvFormulaGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.LocalTableScanExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * JobIO over any Hadoop filesystem (local paths, hdfs://, s3a://...). Writes go to a staging folder;
 * {@link #commit()} moves every staged dataset to its final name, {@link #abort()} discards them.
 * So a task that fails midway leaves nothing under a final name, and readers never see half a dataset.
 */
public final class StagedJobIO implements JobIO {
    /**
     * The most rows in one file of a partitioned (warehouse) table, unless spark.sql.files.maxRecordsPerFile says
     * otherwise: a cap of about 200–350 MB at the 10–17 bytes per row the curated tables take at 100,000 members,
     * and 1 GB even at 50, so that a province's year of attendance is never one file of gigabytes. No county comes
     * near it (3.2 M rows in the largest year at 100,000 members).
     */
    public static final long WAREHOUSE_MAX_RECORDS_PER_FILE = 20_000_000L;

    private final SparkSession spark;
    private final String root;
    private final String stagingRoot;
    private final TableReads reads;
    private final Map<String, String> staged = new LinkedHashMap<>();

    /**
     * @param root        the output root OUT
     * @param stagingRoot where uncommitted outputs go, e.g. OUT/_staging/RUN_ID/TASK
     */
    public StagedJobIO(SparkSession spark, String root, String stagingRoot) {
        this(spark, root, stagingRoot, TableReads.none());
    }

    /** As above, opening committed datasets through {@code reads} (shared by the tasks of one local run). */
    public StagedJobIO(SparkSession spark, String root, String stagingRoot, TableReads reads) {
        this.spark = spark;
        this.root = strip(root);
        this.stagingRoot = strip(stagingRoot);
        this.reads = reads;
    }

    private static String strip(String p) {
        return p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
    }

    @Override
    public SparkSession spark() {
        return spark;
    }

    @Override
    public String location(String name) {
        return root + "/" + name;
    }

    private String stagingLocation(String name) {
        return stagingRoot + "/" + name;
    }

    @Override
    public boolean exists(String name) {
        try {
            Path p = new Path(location(name));
            return fs(p).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Dataset<Row> read(String name) {
        if (!exists(name)) {
            throw new IllegalStateException("dataset '" + name + "' is missing at " + location(name)
                    + " (has the task that produces it run?)");
        }
        return reads.read(location(name), () -> open(location(name)));
    }

    /** Opens a Parquet dataset, with the schema from its footer when that is certain (no schema-inference job). */
    private Dataset<Row> open(String location) {
        try {
            Optional<StructType> schema =
                    FooterSchema.of(new Path(location), spark.sparkContext().hadoopConfiguration());
            if (schema.isPresent()) {
                return spark.read().schema(schema.get()).parquet(location);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the schema of " + location, e);
        }
        return spark.read().parquet(location);
    }

    /**
     * Writes the Parquet dataset and, where the catalog says so, its CSV copy with the same rows in the same order.
     * A table with a CSV copy is a published aggregate (small, in its documented order): it is written as one
     * Parquet file, which keeps that order for its readers too and is no small-file scatter, and the driver then
     * writes the CSV from that file ({@link DriverCsv}): no second Spark job, no cached copy of the rows. Rows that
     * come from several partitions are cached first (as before), so that gathering them into the one file does not
     * also pull the work that makes them into a single task; rows already in one partition (a published order, see
     * {@link PublishedOrder}) are written straight. Spark writes the CSV itself for a table above
     * {@link DriverCsv#MAX_ROWS} rows or with a column type the driver's writer leaves to Spark. Rows made on the
     * driver (a local table, not partitioned by a column) are written by the driver ({@link DriverParquet}): no
     * Spark job at all.
     */
    @Override
    public void write(String name, Dataset<Row> rows) {
        write(name, rows, DriverCsv.MAX_ROWS);
    }

    /** As {@link #write(String, Dataset)}, with the driver writing CSV copies of up to {@code driverCsvRows} rows. */
    void write(String name, Dataset<Row> rows, long driverCsvRows) {
        write(name, rows, driverCsvRows, WAREHOUSE_MAX_RECORDS_PER_FILE);
    }

    /**
     * As {@link #write(String, Dataset, long)}, with a partitioned table's files cut at {@code maxRecordsPerFile}
     * rows unless the session's spark.sql.files.maxRecordsPerFile sets a limit of its own.
     */
    void write(String name, Dataset<Row> rows, long driverCsvRows, long maxRecordsPerFile) {
        String target = stagingLocation(name);
        boolean csvCopy = Catalog.hasCsvCopy(name);
        if (Catalog.partitionBy(name).isEmpty()) {
            Optional<InternalRow[]> local = DriverParquet.localRows(rows);
            if (local.isPresent()) {
                try {
                    DriverParquet.write(spark, rows.schema(), local.get(), target);
                } catch (IOException e) {
                    throw new UncheckedIOException("writing " + name + " from the driver", e);
                }
                staged.put(name, target);
                if (csvCopy) {
                    writeCsvCopy(name, rows.schema(), null, driverCsvRows);
                }
                return;
            }
        }
        boolean cache = csvCopy && !onePartition(rows);
        Dataset<Row> once = cache ? rows.persist(StorageLevel.MEMORY_AND_DISK()) : rows;
        try {
            DataFrameWriter<Row> writer = (csvCopy ? once.coalesce(1) : once).write().mode(SaveMode.Overwrite);
            List<String> partitions = Catalog.partitionBy(name);
            if (!partitions.isEmpty()) {
                writer = writer.partitionBy(partitions.toArray(String[]::new));
                if (configuredMaxRecordsPerFile(rows.sparkSession()) == 0) {
                    writer = writer.option("maxRecordsPerFile", maxRecordsPerFile);
                }
            }
            writer.parquet(target);
            staged.put(name, target);
            if (csvCopy) {
                writeCsvCopy(name, rows.schema(), cache ? once : null, driverCsvRows);
            }
        } finally {
            if (cache) {
                once.unpersist();
            }
        }
    }

    /**
     * Whether the rows come in one partition (a published order's single sorted partition) or from rows made on
     * the driver: Spark's physical plan for them, planned, not run.
     */
    static boolean onePartition(Dataset<Row> rows) {
        SparkPlan plan = rows.queryExecution().sparkPlan();
        return plan.outputPartitioning().numPartitions() == 1 || plan instanceof LocalTableScanExec;
    }

    /**
     * A single CSV file NAME.csv with a header, for people and the packs: RFC 4180 (a quote inside a quoted cell is
     * doubled, never backslash-escaped; cells are written as they are, spaces included), UTF-8, LF line ends, and
     * text cells guarded against formula injection ({@link CsvFormulaGuard}). Written by the driver from the
     * staged Parquet file when it can ({@link DriverCsv}), else by Spark from {@code cached} or the Parquet file.
     */
    private void writeCsvCopy(String name, StructType schema, Dataset<Row> cached, long driverCsvRows) {
        Path csv = new Path(stagingLocation(name) + ".csv");
        try {
            FileSystem fs = fs(csv);
            List<FileStatus> parts = partFiles(fs, new Path(stagingLocation(name)));
            if (DriverCsv.supports(schema) && rowCount(parts) <= driverCsvRows) {
                boolean written;
                try (FSDataOutputStream out = fs.create(csv, true)) {
                    written = DriverCsv.write(parts, schema, spark.sparkContext().hadoopConfiguration(), out);
                }
                if (written) {
                    staged.put(name + ".csv", csv.toString());
                    return;
                }
                fs.delete(csv, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV copy of " + name, e);
        }
        // One Parquet file, read back in its order (Spark reads the splits of one file in offset order).
        Dataset<Row> rows = cached != null ? cached : spark.read().schema(schema).parquet(stagingLocation(name));
        writeCsvWithSpark(name, rows);
    }

    /** The staged dataset's Parquet files in name order (one for a published table). */
    private static List<FileStatus> partFiles(FileSystem fs, Path dir) throws IOException {
        List<FileStatus> parts = new ArrayList<>();
        for (FileStatus st : fs.listStatus(dir)) {
            String n = st.getPath().getName();
            if (st.isFile() && n.startsWith("part-") && n.endsWith(".parquet")) {
                parts.add(st);
            }
        }
        parts.sort(java.util.Comparator.comparing(st -> st.getPath().getName()));
        return parts;
    }

    /** Rows in the Parquet files, from their footers. */
    private long rowCount(List<FileStatus> parts) throws IOException {
        long rows = 0;
        for (FileStatus part : parts) {
            try (ParquetFileReader reader = ParquetFileReader.open(
                    HadoopInputFile.fromStatus(part, spark.sparkContext().hadoopConfiguration()))) {
                rows += reader.getRecordCount();
            }
        }
        return rows;
    }

    /** The CSV copy written by Spark in one task (tables the driver leaves to Spark). */
    private void writeCsvWithSpark(String name, Dataset<Row> rows) {
        String tmp = stagingLocation(name) + ".csv.parts";
        guarded(rows).coalesce(1).write().mode(SaveMode.Overwrite)
                .option("header", "true")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("escapeQuotes", "true")
                .option("ignoreLeadingWhiteSpace", "false")
                .option("ignoreTrailingWhiteSpace", "false")
                .option("emptyValue", "")
                .option("timestampNTZFormat", "yyyy-MM-dd'T'HH:mm:ss")
                .csv(tmp);
        try {
            Path dir = new Path(tmp);
            FileSystem fs = fs(dir);
            Path part = null;
            for (FileStatus st : fs.listStatus(dir)) {
                if (st.getPath().getName().startsWith("part-")) {
                    part = st.getPath();
                }
            }
            Path csv = new Path(stagingLocation(name) + ".csv");
            fs.delete(csv, false);
            if (part == null) {
                // Spark writes no part file for an empty dataset: write the header alone.
                try (FSDataOutputStream out = fs.create(csv, true)) {
                    out.write((String.join(",", rows.columns()) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } else if (!fs.rename(part, csv)) {
                throw new IOException("could not move " + part + " to " + csv);
            }
            fs.delete(dir, true);
            staged.put(name + ".csv", csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV copy of " + name, e);
        }
    }

    /** Every text column with the formula guard applied; other columns (numbers stay numbers) as they are. */
    static Dataset<Row> guarded(Dataset<Row> rows) {
        List<Column> out = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            Column c = col("`" + f.name() + "`");
            if (f.dataType().equals(DataTypes.StringType)) {
                Column risky = c.rlike(CsvFormulaGuard.STARTS_WITH_TRIGGER)
                        .and(not(c.rlike(CsvFormulaGuard.PLAIN_NUMBER)));
                c = when(risky, concat(lit(String.valueOf(CsvFormulaGuard.PREFIX)), c)).otherwise(c);
            }
            out.add(c.as(f.name()));
        }
        return rows.select(out.toArray(Column[]::new));
    }

    @Override
    public void writeText(String name, String content) {
        Path p = new Path(stagingLocation(name));
        try (FSDataOutputStream out = fs(p).create(p, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + p, e);
        }
        staged.put(name, p.toString());
    }

    @Override
    public String readText(String name) {
        Path p = new Path(location(name));
        try {
            FileSystem fs = fs(p);
            if (!fs.exists(p)) {
                return null;
            }
            try (FSDataInputStream in = fs.open(p)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + p, e);
        }
    }

    /** Logical names written since the last commit, in write order (CSV copies as NAME.csv). */
    public List<String> stagedNames() {
        return new ArrayList<>(staged.keySet());
    }

    /**
     * Moves every staged output to its final name (replacing the old one), then forgets them. Restricted and
     * quarantine outputs on a local filesystem are made owner-only ({@link OwnerOnly}) before and after the move.
     */
    public void commit() {
        Set<Path> ownerOnlyFolders = new LinkedHashSet<>();
        try {
            for (Map.Entry<String, String> e : staged.entrySet()) {
                reads.forget(location(e.getKey()));
                Path from = new Path(e.getValue());
                Path to = new Path(location(e.getKey()));
                FileSystem fs = fs(to);
                fs.mkdirs(to.getParent());
                if (OwnerOnly.applies(e.getKey(), fs)) {
                    OwnerOnly.restrict(fs, to.getParent());
                    OwnerOnly.restrict(fs, from);
                    ownerOnlyFolders.add(to.getParent());
                }
                fs.delete(to, true);
                if (!fs.rename(from, to)) {
                    throw new IOException("could not move " + from + " to " + to);
                }
            }
            for (Path folder : ownerOnlyFolders) {
                // Again after the moves: a local rename also moves each file's .crc sibling, written with the umask.
                OwnerOnly.restrict(fs(folder), folder);
            }
            staged.clear();
            Path staging = new Path(stagingRoot);
            fs(staging).delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("committing outputs", e);
        }
    }

    /** Discards every staged output. */
    public void abort() {
        staged.clear();
        try {
            Path staging = new Path(stagingRoot);
            fs(staging).delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException("discarding staged outputs under " + stagingRoot, e);
        }
    }

    private FileSystem fs(Path p) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        return p.getFileSystem(conf);
    }

    /** spark.sql.files.maxRecordsPerFile as the session sets it (0, Spark's default, for no limit). */
    static long configuredMaxRecordsPerFile(SparkSession spark) {
        return Long.parseLong(spark.conf().get("spark.sql.files.maxRecordsPerFile", "0").trim());
    }
}

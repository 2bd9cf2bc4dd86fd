package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Ingests one raw dataset: reads INPUT/DATASET.csv or .xlsx, parses and checks every row, writes the good rows to
 * warehouse/DATASET (curated schema, member_key instead of member_id, no names or id numbers), the bad ones to
 * quarantine/DATASET with one reason code each, and the counts to quality/ingest/DATASET.json; members and events
 * also write their {@link SourceKeys} (every key the file names, written or not). Datasets are ingested in
 * {@link Datasets#ALL} order, since each checks its references against the earlier ones.
 */
public final class IngestJob {
    private IngestJob() {
    }

    private static final String TOTAL = SpreadIngest.TOTAL;
    /** Rows with a reason to go to quarantine (counted with the curated write, to know when there are none). */
    private static final String REJECTED = "_rejected";
    private static final String WRITTEN = SpreadIngest.WRITTEN;
    private static final String COLLAPSED = SpreadIngest.COLLAPSED;
    private static final String SUPERSEDED = SpreadIngest.SUPERSEDED;
    private static final String OF_QUARANTINED_MEMBERS = SpreadIngest.OF_QUARANTINED_MEMBERS;
    private static final String BLANK = SpreadIngest.BLANK;

    /**
     * The ingest task of a raw dataset, declared like every job: it reads the raw export and the curated datasets
     * its references point to, and writes the dataset's warehouse, quarantine, counts and key lists.
     */
    public static JobSpec spec(String dataset, IngestOptions options) {
        List<String> in = new ArrayList<>();
        in.add(Catalog.raw(dataset));
        in.addAll(inputs(dataset));
        return new JobSpec(taskName(dataset), in, outputs(dataset),
                (io, params) -> run(io, params, dataset, options));
    }

    /** The task name of a raw dataset's ingest: ingest_DATASET. */
    public static String taskName(String dataset) {
        return "ingest_" + dataset;
    }

    /** Logical names this dataset's ingest reads: the curated datasets its references point to. */
    public static List<String> inputs(String dataset) {
        Datasets.byName(dataset);
        return CrossChecks.inputs(dataset);
    }

    /** Logical names this dataset's ingest writes. */
    public static List<String> outputs(String dataset) {
        Datasets.byName(dataset);
        List<String> out = new ArrayList<>(List.of(Catalog.warehouse(dataset), Catalog.quarantine(dataset),
                Catalog.ingestCounts(dataset)));
        out.addAll(SourceKeys.outputs(dataset));
        out.addAll(CollapsedRows.outputs(dataset));
        return out;
    }

    public static IngestCounts run(JobIO io, JobParams params, String dataset) {
        return run(io, params, dataset, IngestOptions.DEFAULT);
    }

    public static IngestCounts run(JobIO io, JobParams params, String dataset, IngestOptions options) {
        DatasetDef def = Datasets.byName(dataset);
        Objects.requireNonNull(params.runDate(), "JobParams.runDate is required (dates after it are future dates)");
        Objects.requireNonNull(params.memberKeySecret(), "JobParams.memberKeySecret is required");
        SparkSession spark = io.spark();
        spark.sparkContext().setJobDescription("ingest " + dataset);
        try {
            SourceFile src = SourceFile.locate(spark.sparkContext().hadoopConfiguration(), params.inputDir(), dataset);
            RawInput raw = src.format() == SourceFile.Format.CSV
                    ? CsvSource.read(spark, src, options.encodingFor(dataset), options.recordsPerTask())
                    : XlsxSource.read(spark, src);
            HeaderMapping header = HeaderMapping.of(def, src.fileName(), raw.header());
            RowParser parser = new RowParser(dataset, src.fileName(), header.positions(), header.width(),
                    params.runDate(), params.memberKeySecret());
            IngestLayout layout = IngestLayout.of(raw.maxRecords(), options.recordsPerTask());
            ReferenceLookups lookups = CrossChecks.lookups(io, def);
            // A broadcast variable is shipped with the tasks that use it: unlike a broadcast join, no Spark job.
            Broadcast<ReferenceLookups> shared = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .broadcast(lookups);
            try {
                Dataset<Row> parsed = layout.parsed(ParsedTable.parse(spark, raw.records(), parser, shared));
                Dataset<Row> tagged = CrossChecks.apply(def, parsed, lookups, src.fileName());
                if (SpreadIngest.suits(def, layout, raw.maxRecords(), options.heldRecordsMax())) {
                    SpreadIngest.Tally tally = SpreadIngest.run(io, def, src.fileName(), layout, tagged,
                            skip -> CrossChecks.apply(def, ParsedTable.parse(spark,
                                    raw.records().filter(SpreadIngest.without(skip)), parser, shared, false),
                                    lookups, src.fileName()),
                            params.memberKeySecret());
                    return report(io, def, src, raw, header, tally.metrics(), tally.quarantineFile());
                }
                Dataset<Row> classified = heldColumns(def,
                        KeyChecks.apply(def, tagged, src.fileName(), !layout.singleTask()));
                try (HeldRows held = HeldRows.of(classified)) {
                    return write(io, def, src, raw, header, layout, held.table());
                }
            } finally {
                shared.destroy();
            }
        } finally {
            spark.sparkContext().setJobDescription(null);
        }
    }

    private static IngestCounts write(JobIO io, DatasetDef def, SourceFile src, RawInput raw, HeaderMapping header,
                                      IngestLayout layout, Dataset<Row> classified) {
        Observation all = new Observation("ingest " + def.name());
        List<Column> metrics = new ArrayList<>();
        metrics.add(count(lit(1)).as(TOTAL));
        metrics.add(ones(col(KeyChecks.WRITTEN)).as(WRITTEN));
        metrics.add(ones(col(KeyChecks.COLLAPSED)).as(COLLAPSED));
        metrics.add(ones(col(KeyChecks.SUPERSEDED)).as(SUPERSEDED));
        metrics.add(ones(col(KeyChecks.WRITTEN).and(col(CrossChecks.OF_QUARANTINED_MEMBER)))
                .as(OF_QUARANTINED_MEMBERS));
        metrics.add(ones(col(ParsedTable.BLANK)).as(BLANK));
        metrics.add(ones(col(ParsedTable.REASON).isNotNull()).as(REJECTED));
        Dataset<Row> observed = classified.observe(all, metrics.get(0), metrics.subList(1, metrics.size())
                .toArray(Column[]::new));
        io.write(Catalog.warehouse(def.name()),
                layout.forWrite(def, CuratedColumns.select(def, observed.filter(col(KeyChecks.WRITTEN)))));

        Map<String, Object> curated = metrics(all);
        Map<String, Object> q;
        if (asLong(curated.get(REJECTED)) == 0) {
            // Nothing rejected: the empty quarantine table is made and written on the driver, no Spark job.
            Dataset<Row> none = classified.sparkSession().createDataFrame(List.of(), classified.schema());
            io.write(Catalog.quarantine(def.name()), QuarantineColumns.select(def, src.fileName(), none));
            q = new HashMap<>();
            q.put(TOTAL, 0L);
            for (ReasonCode code : ReasonCode.values()) {
                q.put(code.name(), 0L);
            }
        } else {
            // Only rejected rows have a reason: counted per reason on them alone, not per row of the whole file.
            Observation quarantinedRows = new Observation("quarantine " + def.name());
            Dataset<Row> rejected = classified.filter(col(ParsedTable.REASON).isNotNull())
                    .observe(quarantinedRows, count(lit(1)).as(TOTAL), byReason());
            io.write(Catalog.quarantine(def.name()), QuarantineColumns.select(def, src.fileName(), rejected));
            q = metrics(quarantinedRows);
        }
        Map<String, Object> m = withReasons(curated, q);
        // A file checked in one task is held in one partition. Said so (coalesce(1) of one partition moves no row),
        // Spark knows the rows are clustered by any key, and the aggregations below need no shuffle: one Spark job
        // each instead of two (the shuffle's map stage and the write).
        Dataset<Row> grouped = layout.singleTask() ? classified.coalesce(1) : classified;
        if (SourceKeys.kept(def.name())) {
            io.write(Catalog.sourceKeys(def.name()), SourceKeys.of(def.name(), grouped, src.fileName()));
        }
        if (CollapsedRows.kept(def.name())) {
            io.write(CollapsedRows.name(def.name()), CollapsedRows.of(def.name(), grouped));
        }

        return report(io, def, src, raw, header, m, asLong(q.get(TOTAL)));
    }

    /** One count per reason code, each named by its code. */
    static Column[] byReason() {
        List<Column> out = new ArrayList<>();
        for (ReasonCode code : ReasonCode.values()) {
            out.add(ones(col(ParsedTable.REASON).equalTo(code.name())).as(code.name()));
        }
        return out.toArray(Column[]::new);
    }

    /** {@code metrics} with each reason's count from the quarantine's observation ({@link #byReason}). */
    static Map<String, Object> withReasons(Map<String, Object> metrics, Map<String, Object> quarantined) {
        Map<String, Object> out = new HashMap<>(metrics);
        for (ReasonCode code : ReasonCode.values()) {
            out.put(code.name(), quarantined.get(code.name()));
        }
        return out;
    }

    /** Checks that every record is accounted for once, and writes the counts (quality/ingest/DATASET.json). */
    private static IngestCounts report(JobIO io, DatasetDef def, SourceFile src, RawInput raw, HeaderMapping header,
                                       Map<String, Object> m, long quarantineFile) {
        Map<ReasonCode, Long> byReason = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : ReasonCode.values()) {
            byReason.put(code, asLong(m.get(code.name())));
        }
        long blank = asLong(m.get(BLANK));
        long total = asLong(m.get(TOTAL));
        long records = raw.recordCount().orElse(total);
        IngestCounts counts = new IngestCounts(def.name(), src.fileName(), raw.encoding(), records - blank,
                asLong(m.get(WRITTEN)), asLong(m.get(COLLAPSED)), asLong(m.get(SUPERSEDED)), byReason, blank,
                header.ignoredColumns(), asLong(m.get(OF_QUARANTINED_MEMBERS)));
        if (!counts.balanced() || total != records || quarantineFile != counts.rowsQuarantined()) {
            throw new IllegalStateException("ingest of " + def.name() + " lost track of rows: " + records
                    + " records in the file, " + total + " classified, " + blank + " blank, " + counts.rowsWritten()
                    + " written, " + counts.rowsCollapsed() + " collapsed, " + counts.rowsSuperseded()
                    + " superseded, " + counts.rowsQuarantined()
                    + " quarantined, " + quarantineFile + " in the quarantine file");
        }
        io.writeText(Catalog.ingestCounts(def.name()), counts.toJson());
        return counts;
    }

    private static Column ones(Column condition) {
        return sum(when(condition, 1L).otherwise(0L));
    }

    static Map<String, Object> metrics(Observation o) {
        try {
            return o.getAsJava();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + o.name(), e);
        }
    }

    private static long asLong(Object v) {
        return v == null ? 0L : ((Number) v).longValue();
    }

    /**
     * The columns of the classified table that ingest's writes read: without names and id numbers, without the
     * parsed member_id, and with the raw cells of rejected rows only.
     */
    static Dataset<Row> heldColumns(DatasetDef def, Dataset<Row> classified) {
        return classified.drop(personalColumns(def))
                .drop(parsedColumnsNotCurated(def))
                .withColumns(rawCellsOfRejectedRowsOnly(def));
    }

    /**
     * Past the key checks only quarantine reads the raw cells: blank them in every other row, so the held table
     * ({@link HeldRows}) does not keep a second copy of every good row's text.
     */
    private static Map<String, Column> rawCellsOfRejectedRowsOnly(DatasetDef def) {
        Map<String, Column> out = new LinkedHashMap<>();
        for (RawColumn c : def.rawColumns()) {
            if (!c.personal()) {
                String raw = ParsedTable.raw(c.name());
                out.put(raw, when(col(ParsedTable.REASON).isNotNull(), col(raw)));
            }
        }
        return out;
    }

    /**
     * Parsed columns the curated table does not hold (member_id, which member_key stands for): past the key checks
     * nothing reads them (source keys and collapsed rows use curated columns, quarantine the raw cells).
     */
    private static String[] parsedColumnsNotCurated(DatasetDef def) {
        List<String> curated = List.of(SparkSchemas.curated(def).fieldNames());
        List<String> out = new ArrayList<>();
        for (RawColumn c : def.rawColumns()) {
            if (!c.personal() && !curated.contains(c.name())) {
                out.add(c.name());
            }
        }
        return out.toArray(String[]::new);
    }

    /** Names and id numbers are not needed past the key checks; dropping them keeps them out of the held table. */
    private static String[] personalColumns(DatasetDef def) {
        List<String> out = new ArrayList<>();
        for (RawColumn c : def.rawColumns()) {
            if (c.personal()) {
                out.add(c.name());
                out.add(ParsedTable.raw(c.name()));
            }
        }
        return out.toArray(String[]::new);
    }
}

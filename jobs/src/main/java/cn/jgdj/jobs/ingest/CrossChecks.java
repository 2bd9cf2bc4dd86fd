package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The checks against already-curated datasets: an event must say who it is for ({@link EventPlacement}); every
 * reference must exist (unknown member, event, unit, branch or venue), and attendance credit must fit the event's
 * days. The referenced tables are looked up, not joined ({@link #lookups}). A member id is known when the members
 * file names it, even if all its rows are in quarantine: such rows are kept and marked
 * {@link #OF_QUARANTINED_MEMBER}. An attendance row of a quarantined event goes to quarantine with it, and its
 * message says so. Adds _event_year to attendance rows.
 */
final class CrossChecks {
    private CrossChecks() {
    }

    static final String EVENT_YEAR = "_event_year";
    /** A row kept although every row of its member is in quarantine (counted in the ingest report). */
    static final String OF_QUARANTINED_MEMBER = "_of_quarantined_member";
    private static final String EVENT_START = "_event_start";
    private static final String EVENT_END = "_event_end";
    private static final String CURATED = "_curated";
    private static final String HELD_FILE = "_held_file";
    private static final String HELD_ROW = "_held_row";
    private static final String HELD_REASON = "_held_reason";

    static List<String> inputs(String dataset) {
        List<String> out = new ArrayList<>();
        for (DatasetRules.Reference r : DatasetRules.references(dataset)) {
            if (r.viaMemberKey()) {
                out.add(Catalog.sourceKeys(Members.NAME));
            } else {
                out.add(Catalog.warehouse(r.target()));
                if (r.target().equals(Events.NAME)) {
                    out.add(Catalog.sourceKeys(Events.NAME));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    /**
     * The reference tables of a dataset, read on the driver: for each reference in order, the target's keys as
     * column _refN (for a member reference also {@link #CURATED}; for the events of attendance also their start and
     * end, and where each quarantined event of the events file was set aside). {@link ParsedTable#parse} appends
     * them to every parsed row, as left outer joins with these tables would.
     */
    static ReferenceLookups lookups(JobIO io, DatasetDef def) {
        List<DatasetRules.Reference> refs = DatasetRules.references(def.name());
        if (refs.isEmpty()) {
            return ReferenceLookups.NONE;
        }
        StructType parsed = ParsedTable.schema(def);
        Configuration conf = io.spark().sparkContext().hadoopConfiguration();
        List<ReferenceLookups.Lookup> out = new ArrayList<>();
        int n = 0;
        for (DatasetRules.Reference ref : refs) {
            String found = "_ref" + n++;
            int key = parsed.fieldIndex(ref.viaMemberKey() ? ParsedTable.MEMBER_KEY : ref.column());
            if (ref.viaMemberKey()) {
                String name = Catalog.sourceKeys(Members.NAME);
                StructType columns = new StructType().add(found, DataTypes.StringType)
                        .add(CURATED, DataTypes.BooleanType);
                out.add(ReferenceLookups.keyedByFirst(key, columns, read(io, conf, name, new StructType()
                        .add(SourceKeys.KEY, DataTypes.StringType)
                        .add(SourceKeys.CURATED, DataTypes.BooleanType)), name));
                continue;
            }
            String name = Catalog.warehouse(ref.target());
            if (def.name().equals(Attendance.NAME) && ref.target().equals(Events.NAME)) {
                StructType columns = new StructType().add(found, DataTypes.StringType)
                        .add(EVENT_START, DataTypes.TimestampNTZType).add(EVENT_END, DataTypes.TimestampNTZType);
                out.add(ReferenceLookups.keyedByFirst(key, columns, read(io, conf, name, new StructType()
                        .add(Events.EVENT_ID, DataTypes.StringType)
                        .add(Events.START_TIME, DataTypes.TimestampNTZType)
                        .add(Events.END_TIME, DataTypes.TimestampNTZType)), name));
                out.add(heldEvents(io, conf, key));
            } else {
                StructType columns = new StructType().add(found, DataTypes.StringType);
                out.add(ReferenceLookups.keyedByFirst(key, columns, read(io, conf, name, new StructType()
                        .add(ref.targetColumn(), DataTypes.StringType)), name));
            }
        }
        return ReferenceLookups.of(out);
    }

    /**
     * Sets the reason of every row that fails a reference check, reading the columns {@link #lookups} appended to
     * the parsed rows, and drops those columns.
     */
    static Dataset<Row> apply(DatasetDef def, Dataset<Row> parsed, ReferenceLookups lookups, String fileName) {
        Dataset<Row> df = parsed.withColumn(OF_QUARANTINED_MEMBER, lit(false));
        List<Check> checks = new ArrayList<>(EventPlacement.checks(def.name(), fileName));
        List<String> scratch = new ArrayList<>(List.of(lookups.columns().fieldNames()));
        Column open = not(col(ParsedTable.BLANK));
        int n = 0;
        for (DatasetRules.Reference ref : DatasetRules.references(def.name())) {
            String found = "_ref" + n++;
            String joinColumn = ref.viaMemberKey() ? ParsedTable.MEMBER_KEY : ref.column();
            Column missing = open.and(col(joinColumn).isNotNull()).and(col(found).isNull());
            Column unknown = concat(Messages.at(fileName), lit(ref.column() + " '"), Messages.shown(ref.column()),
                    lit("' is not in " + ref.target()));
            if (ref.viaMemberKey()) {
                df = df.withColumn(OF_QUARANTINED_MEMBER, open.and(col(found).isNotNull()).and(not(col(CURATED))));
                checks.add(new Check(missing, ref.code(), lit(ref.column()), Messages.shown(ref.column()), unknown));
                continue;
            }
            if (def.name().equals(Attendance.NAME) && ref.target().equals(Events.NAME)) {
                checks.add(creditBeyondEventDays(found, fileName));
                Column held = concat(Messages.at(fileName), lit(ref.column() + " '"), Messages.shown(ref.column()),
                        lit("' refers to an event in quarantine ("), col(HELD_FILE), lit(" row "),
                        col(HELD_ROW).cast("string"), lit(": "), col(HELD_REASON),
                        lit("); the row goes to quarantine with it"));
                unknown = when(col(HELD_ROW).isNotNull(), held).otherwise(unknown);
            }
            checks.add(new Check(missing, ref.code(), lit(ref.column()), Messages.shown(ref.column()), unknown));
        }
        if (def.name().equals(Attendance.NAME)) {
            df = df.withColumn(EVENT_YEAR, year(col(EVENT_START)));
        }
        df = df.withColumns(Check.firstProblem(checks));
        return df.drop(scratch.toArray(String[]::new));
    }

    /** Where each quarantined event of the events file was set aside (file, row, reason), by event_id. */
    private static ReferenceLookups.Lookup heldEvents(JobIO io, Configuration conf, int key) {
        String name = Catalog.sourceKeys(Events.NAME);
        List<Object[]> held = new ArrayList<>();
        for (Object[] r : read(io, conf, name, new StructType()
                .add(SourceKeys.KEY, DataTypes.StringType)
                .add(SourceKeys.CURATED, DataTypes.BooleanType)
                .add(SourceKeys.SOURCE_FILE, DataTypes.StringType)
                .add(SourceKeys.SOURCE_ROW, DataTypes.LongType)
                .add(SourceKeys.REASON_CODE, DataTypes.StringType))) {
            if (Boolean.FALSE.equals(r[1])) {
                held.add(new Object[] {r[0], r[2], r[3], r[4]});
            }
        }
        StructType columns = new StructType().add(HELD_FILE, DataTypes.StringType)
                .add(HELD_ROW, DataTypes.LongType).add(HELD_REASON, DataTypes.StringType);
        return ReferenceLookups.keyedBy(key, columns, held, name + " (quarantined keys)");
    }

    /** A committed dataset's columns, read on the driver; missing, it fails as {@link JobIO#read} does. */
    private static List<Object[]> read(JobIO io, Configuration conf, String name, StructType columns) {
        if (!io.exists(name)) {
            throw new IllegalStateException("dataset '" + name + "' is missing at " + io.location(name)
                    + " (has the task that produces it run?)");
        }
        return ParquetOnDriver.read(conf, io.location(name), columns);
    }

    /** Attendance credit above 24 hours for each calendar day its event touches; a range check, so it runs first. */
    private static Check creditBeyondEventDays(String eventFound, String fileName) {
        Column days = datediff(to_date(col(EVENT_END)), to_date(col(EVENT_START))).plus(1);
        Column credit = col(Attendance.CREDIT_HOURS);
        Column failing = not(col(ParsedTable.BLANK)).and(col(eventFound).isNotNull()).and(credit.isNotNull())
                .and(credit.gt(days.multiply(RowParser.MAX_HOURS_PER_DAY)));
        Column message = concat(Messages.at(fileName), lit(Attendance.CREDIT_HOURS + " '"),
                Messages.shown(Attendance.CREDIT_HOURS), lit("' is more than 24 hours for each of the "),
                days.cast("string"), lit(" day(s) the event touches"));
        return new Check(failing, ReasonCode.ABSURD_HOURS, lit(Attendance.CREDIT_HOURS),
                Messages.shown(Attendance.CREDIT_HOURS), message);
    }
}

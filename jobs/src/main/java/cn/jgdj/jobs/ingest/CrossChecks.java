package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
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
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The checks against already-curated datasets: an event must say who it is for ({@link EventPlacement}); every
 * reference must exist (unknown member, event, unit, branch or venue), and attendance credit must fit the event's
 * days. A member id is known when the members file names it, even if all its rows are in quarantine: such rows are
 * kept and marked {@link #OF_QUARANTINED_MEMBER}. An attendance row of a quarantined event goes to quarantine with
 * it, and its message says so. Adds _event_year to attendance rows.
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

    static Dataset<Row> apply(JobIO io, DatasetDef def, Dataset<Row> parsed, String fileName) {
        Dataset<Row> df = parsed.withColumn(OF_QUARANTINED_MEMBER, lit(false));
        List<Check> checks = new ArrayList<>(EventPlacement.checks(def.name(), fileName));
        List<String> scratch = new ArrayList<>();
        Column open = not(col(ParsedTable.BLANK));
        int n = 0;
        for (DatasetRules.Reference ref : DatasetRules.references(def.name())) {
            String found = "_ref" + n++;
            scratch.add(found);
            String joinColumn = ref.viaMemberKey() ? ParsedTable.MEMBER_KEY : ref.column();
            Column missing = open.and(col(joinColumn).isNotNull()).and(col(found).isNull());
            Column unknown = concat(Messages.at(fileName), lit(ref.column() + " '"), Messages.shown(ref.column()),
                    lit("' is not in " + ref.target()));
            if (ref.viaMemberKey()) {
                Dataset<Row> keys = io.read(Catalog.sourceKeys(Members.NAME))
                        .select(col(SourceKeys.KEY).as(found), col(SourceKeys.CURATED).as(CURATED));
                df = df.join(broadcast(keys), df.col(joinColumn).equalTo(keys.col(found)), "left_outer")
                        .withColumn(OF_QUARANTINED_MEMBER, open.and(col(found).isNotNull()).and(not(col(CURATED))));
                scratch.add(CURATED);
                checks.add(new Check(missing, ref.code(), lit(ref.column()), Messages.shown(ref.column()), unknown));
                continue;
            }
            Dataset<Row> target = io.read(Catalog.warehouse(ref.target()));
            boolean eventOfAttendance = def.name().equals(Attendance.NAME) && ref.target().equals(Events.NAME);
            Dataset<Row> keys = eventOfAttendance
                    ? target.select(col(Events.EVENT_ID).as(found), col(Events.START_TIME).as(EVENT_START),
                            col(Events.END_TIME).as(EVENT_END))
                    : uniqueKeys(target, ref, found);
            df = df.join(broadcast(keys), df.col(joinColumn).equalTo(keys.col(found)), "left_outer");
            if (eventOfAttendance) {
                checks.add(creditBeyondEventDays(found, fileName));
                df = withHeldEvents(io, df, joinColumn);
                scratch.addAll(List.of(HELD_FILE, HELD_ROW, HELD_REASON));
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
            scratch.add(EVENT_START);
            scratch.add(EVENT_END);
        }
        df = df.withColumns(Check.firstProblem(checks));
        return df.drop(scratch.toArray(String[]::new));
    }

    /** Where each quarantined event of the events file was set aside (file, row, reason), joined by event_id. */
    private static Dataset<Row> withHeldEvents(JobIO io, Dataset<Row> df, String joinColumn) {
        String heldId = "_held_id";
        Dataset<Row> held = io.read(Catalog.sourceKeys(Events.NAME))
                .filter(not(col(SourceKeys.CURATED)))
                .select(col(SourceKeys.KEY).as(heldId), col(SourceKeys.SOURCE_FILE).as(HELD_FILE),
                        col(SourceKeys.SOURCE_ROW).as(HELD_ROW), col(SourceKeys.REASON_CODE).as(HELD_REASON));
        return df.join(broadcast(held), df.col(joinColumn).equalTo(held.col(heldId)), "left_outer").drop(heldId);
    }

    /** The target's key values; curated keys are unique already, so only other columns (member_key) need distinct. */
    private static Dataset<Row> uniqueKeys(Dataset<Row> target, DatasetRules.Reference ref, String alias) {
        Dataset<Row> keys = target.select(col(ref.targetColumn()).as(alias));
        boolean unique = Datasets.byName(ref.target()).key().equals(List.of(ref.targetColumn()));
        return unique ? keys : keys.distinct();
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

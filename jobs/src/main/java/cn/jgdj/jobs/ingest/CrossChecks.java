package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The checks against already-curated datasets: every reference must exist (unknown member, event, unit, branch
 * or venue), and attendance credit must fit the event's days. Adds _event_year to attendance rows.
 */
final class CrossChecks {
    private CrossChecks() {
    }

    static final String EVENT_YEAR = "_event_year";
    private static final String EVENT_START = "_event_start";
    private static final String EVENT_END = "_event_end";

    static List<String> inputs(String dataset) {
        return DatasetRules.references(dataset).stream()
                .map(r -> Catalog.warehouse(r.target())).distinct().toList();
    }

    static Dataset<Row> apply(JobIO io, DatasetDef def, Dataset<Row> parsed, String fileName) {
        Dataset<Row> df = parsed;
        List<Check> checks = new ArrayList<>();
        List<String> scratch = new ArrayList<>();
        Column open = not(col(ParsedTable.BLANK));
        int n = 0;
        for (DatasetRules.Reference ref : DatasetRules.references(def.name())) {
            String found = "_ref" + n++;
            scratch.add(found);
            String joinColumn = ref.viaMemberKey() ? ParsedTable.MEMBER_KEY : ref.column();
            Dataset<Row> target = io.read(Catalog.warehouse(ref.target()));
            boolean eventOfAttendance = def.name().equals(Attendance.NAME) && ref.target().equals(Events.NAME);
            Dataset<Row> keys = eventOfAttendance
                    ? target.select(col(Events.EVENT_ID).as(found), col(Events.START_TIME).as(EVENT_START),
                            col(Events.END_TIME).as(EVENT_END))
                    : uniqueKeys(target, ref, found);
            df = df.join(broadcast(keys), df.col(joinColumn).equalTo(keys.col(found)), "left_outer");
            if (eventOfAttendance) {
                checks.add(creditBeyondEventDays(found, fileName));
            }
            Column missing = open.and(col(joinColumn).isNotNull()).and(col(found).isNull());
            checks.add(new Check(missing, ref.code(), lit(ref.column()), Messages.shown(ref.column()),
                    concat(Messages.at(fileName), lit(ref.column() + " '"), Messages.shown(ref.column()),
                            lit("' is not in " + ref.target()))));
        }
        if (def.name().equals(Attendance.NAME)) {
            df = df.withColumn(EVENT_YEAR, year(col(EVENT_START)));
            scratch.add(EVENT_START);
            scratch.add(EVENT_END);
        }
        df = df.withColumns(Check.firstProblem(checks));
        return df.drop(scratch.toArray(String[]::new));
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

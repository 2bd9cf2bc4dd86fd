package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The rows ingest did not write because they were exact duplicates ({@link #COLLAPSED}) or weaker attendance rows
 * of a key ({@link #SUPERSEDED}), counted by what places them in a unit and quarter: events and attendance by
 * event_id, platform usage by member_key and date. The data-quality scorecard places them; ingest itself only
 * counts per dataset. No row of it names a person: member_key is the curated key.
 */
public final class CollapsedRows {
    private CollapsedRows() {
    }

    public static final String COLLAPSED = "collapsed";
    public static final String SUPERSEDED = "superseded";

    /** The datasets whose collapsed rows the scorecard places, and the columns that place them. */
    private static final Map<String, List<String>> PLACED_BY = Map.of(
            Events.NAME, List.of(Events.EVENT_ID),
            Attendance.NAME, List.of(Attendance.EVENT_ID),
            PlatformUsage.NAME, List.of(Members.MEMBER_KEY, PlatformUsage.DATE));

    /** Logical name of the table, for the datasets that keep one. */
    public static String name(String dataset) {
        return Catalog.work("collapsed_rows_" + dataset);
    }

    static boolean kept(String dataset) {
        return PLACED_BY.containsKey(dataset);
    }

    static List<String> outputs(String dataset) {
        return kept(dataset) ? List.of(name(dataset)) : List.of();
    }

    /** The placing columns plus collapsed and superseded counts, one row per place with at least one of them. */
    static Dataset<Row> of(String dataset, Dataset<Row> classified) {
        List<Column> place = new ArrayList<>();
        for (String c : PLACED_BY.get(dataset)) {
            place.add((c.equals(Members.MEMBER_KEY) ? col(ParsedTable.MEMBER_KEY) : col(c)).as(c));
        }
        return classified.filter(col(KeyChecks.COLLAPSED).or(col(KeyChecks.SUPERSEDED)))
                .groupBy(place.toArray(Column[]::new))
                .agg(sum(when(col(KeyChecks.COLLAPSED), 1L).otherwise(0L)).as(COLLAPSED),
                        sum(when(col(KeyChecks.SUPERSEDED), 1L).otherwise(0L)).as(SUPERSEDED));
    }
}

package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * indicators/data_quality per unit × quarter. A unit's rows: the events it organised, the attendance rows of those
 * events, the platform rows of its members (by their latest member row), and the rows of those kinds set aside at
 * ingest. Checks, each a count and a share of the unit's rows: set_aside (and set_aside:REASON per reason code),
 * assumed_roster (branch- or unit-audience events with no attendance row at all: the roster is assumed),
 * event_without_end_or_venue (set aside for a missing end time, or onsite teaching without a venue),
 * platform_after_validity (platform use dated after the member's last valid day). needs_review: any share above
 * its threshold in the rules file. Rows dated after the as-of day are outside the periods reported.
 */
public final class DataQualityJob {
    private DataQualityJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Attendance.NAME), Catalog.warehouse(Members.NAME), Catalog.warehouse(Branches.NAME),
            Catalog.warehouse(PlatformUsage.NAME), Catalog.quarantine(Events.NAME),
            Catalog.quarantine(Attendance.NAME), Catalog.quarantine(PlatformUsage.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(DataQuality.NAME));

    /** The checks every unit and quarter is scored on (set_aside:REASON rows come on top where they occur). */
    public static final List<String> CHECKS = List.of(DataQuality.SET_ASIDE, DataQuality.ASSUMED_ROSTER,
            DataQuality.EVENT_WITHOUT_END_OR_VENUE, DataQuality.PLATFORM_AFTER_VALIDITY);

    private static final Date OPEN_END = Date.valueOf("9999-12-31");
    /** A counted row that no check flags. */
    private static final String ROW = "_row";

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> events = io.read(Catalog.warehouse(Events.NAME));
        Dataset<Row> members = io.read(Catalog.warehouse(Members.NAME));
        Dataset<Row> memberUnits = memberUnits(members, io.read(Catalog.warehouse(Branches.NAME)));
        Dataset<Row> setAside = QuarantinedRows.events(io.read(Catalog.quarantine(Events.NAME)))
                .unionByName(QuarantinedRows.attendance(io.read(Catalog.quarantine(Attendance.NAME)), events))
                .unionByName(QuarantinedRows.platform(io.read(Catalog.quarantine(PlatformUsage.NAME)), memberUnits,
                        params.memberKeySecret()));
        io.write(Catalog.indicator(DataQuality.NAME), scorecard(events, io.read(Catalog.warehouse(Attendance.NAME)),
                members, memberUnits, io.read(Catalog.warehouse(PlatformUsage.NAME)), setAside, params.asOf(),
                Rules.forParams(params).dataQualityThresholds()));
    }

    /** member_key and unit_id of the member's latest row. */
    static Dataset<Row> memberUnits(Dataset<Row> members, Dataset<Row> branches) {
        return members.join(branches.select(col(Branches.BRANCH_ID), col(Branches.UNIT_ID)), Members.BRANCH_ID, "left")
                .groupBy(col(Members.MEMBER_KEY))
                .agg(max_by(col(Branches.UNIT_ID), col(Members.VALID_FROM)).as(Indicators.UNIT_ID));
    }

    /**
     * Rows with exactly DataQuality.COLUMNS.
     *
     * @param setAside rows from {@link QuarantinedRows}: period, unit_id, check, missing end flag
     */
    public static Dataset<Row> scorecard(Dataset<Row> events, Dataset<Row> attendance, Dataset<Row> members,
                                         Dataset<Row> memberUnits, Dataset<Row> platform, Dataset<Row> setAside,
                                         LocalDate asOf, Map<String, Double> thresholds) {
        Column start = col(Events.START_TIME);
        Dataset<Row> placedEvents = events.select(col(Events.EVENT_ID), Quarters.of(start).as(Indicators.PERIOD),
                col(Events.ORGANIZER_UNIT_ID).as(Indicators.UNIT_ID), col(Events.EVENT_TYPE), col(Events.VENUE_ID),
                col(Events.AUDIENCE), start.cast("date").as("_date"));
        Dataset<Row> attended = attendance.select(col(Attendance.EVENT_ID)).distinct();
        Column rosterAssumed = col(Events.AUDIENCE).isin(Codes.AUDIENCE_BRANCH, Codes.AUDIENCE_UNIT)
                .and(col("_attended").isNull());
        Column noVenue = col(Events.EVENT_TYPE).equalTo(Codes.ONSITE_TEACHING).and(col(Events.VENUE_ID).isNull());
        Dataset<Row> eventRows = placedEvents
                .join(attended.withColumn("_attended", lit(true)), new String[]{Events.EVENT_ID}, "left")
                .select(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col("_date"),
                        when(rosterAssumed, lit(DataQuality.ASSUMED_ROSTER))
                                .when(noVenue, lit(DataQuality.EVENT_WITHOUT_END_OR_VENUE))
                                .otherwise(lit(ROW)).as(DataQuality.CHECK));
        Dataset<Row> attendanceRows = attendance.join(placedEvents, Attendance.EVENT_ID)
                .select(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col("_date"), lit(ROW).as(DataQuality.CHECK));
        Dataset<Row> lastValid = members.groupBy(col(Members.MEMBER_KEY))
                .agg(max(coalesce(col(Members.VALID_TO), lit(OPEN_END))).as("_last_valid"));
        Dataset<Row> platformRows = platform.join(memberUnits, PlatformUsage.MEMBER_KEY, "left")
                .join(lastValid, PlatformUsage.MEMBER_KEY, "left")
                .select(Quarters.of(col(PlatformUsage.DATE)).as(Indicators.PERIOD),
                        coalesce(col(Indicators.UNIT_ID), lit(DimensionGroups.UNKNOWN)).as(Indicators.UNIT_ID),
                        col(PlatformUsage.DATE).as("_date"),
                        when(col(PlatformUsage.DATE).gt(col("_last_valid")), lit(DataQuality.PLATFORM_AFTER_VALIDITY))
                                .otherwise(lit(ROW)).as(DataQuality.CHECK));
        Dataset<Row> warehouseRows = eventRows.unionByName(attendanceRows).unionByName(platformRows);
        if (asOf != null) {
            warehouseRows = warehouseRows.filter(col("_date").leq(lit(Date.valueOf(asOf))));
        }
        // Every row once for the denominator; a set-aside event missing its end time also counts for that check.
        Dataset<Row> flagged = warehouseRows.drop("_date")
                .unionByName(setAside.drop(QuarantinedRows.MISSING_END))
                .unionByName(setAside.filter(col(QuarantinedRows.MISSING_END))
                        .select(col(Indicators.PERIOD), col(Indicators.UNIT_ID),
                                lit(DataQuality.EVENT_WITHOUT_END_OR_VENUE).as(DataQuality.CHECK)));
        Column isSetAside = col(DataQuality.CHECK).startsWith(DataQuality.SET_ASIDE + ":");
        Dataset<Row> unitRows = warehouseRows.drop("_date").unionByName(setAside.drop(QuarantinedRows.MISSING_END))
                .groupBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID)).agg(count(lit(1)).as(DataQuality.UNIT_ROWS));
        Dataset<Row> counts = flagged.filter(col(DataQuality.CHECK).notEqual(ROW))
                .groupBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col(DataQuality.CHECK))
                .agg(count(lit(1)).as(DataQuality.COUNT));
        Dataset<Row> setAsideTotal = counts.filter(isSetAside)
                .groupBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID))
                .agg(sum(col(DataQuality.COUNT)).as(DataQuality.COUNT))
                .withColumn(DataQuality.CHECK, lit(DataQuality.SET_ASIDE));
        Dataset<Row> checks = unitRows.sparkSession().createDataset(CHECKS, Encoders.STRING()).toDF(DataQuality.CHECK);
        Dataset<Row> grid = unitRows.crossJoin(checks)
                .join(counts.filter(not(isSetAside)).unionByName(setAsideTotal),
                        new String[]{Indicators.PERIOD, Indicators.UNIT_ID, DataQuality.CHECK}, "left")
                .unionByName(unitRows.join(counts.filter(isSetAside), new String[]{Indicators.PERIOD, Indicators.UNIT_ID}))
                .withColumn(DataQuality.COUNT, coalesce(col(DataQuality.COUNT), lit(0L)));
        Column threshold = lit(thresholds.get(DataQuality.SET_ASIDE));
        for (String c : CHECKS) {
            threshold = when(col(DataQuality.CHECK).equalTo(c), lit(thresholds.get(c))).otherwise(threshold);
        }
        Column share = col(DataQuality.COUNT).divide(col(DataQuality.UNIT_ROWS));
        return grid.withColumn(DataQuality.SHARE, share)
                .withColumn(DataQuality.THRESHOLD, threshold)
                .withColumn(DataQuality.EXCEEDS, share.gt(col(DataQuality.THRESHOLD)))
                .withColumn(DataQuality.NEEDS_REVIEW, max(col(DataQuality.EXCEEDS))
                        .over(Window.partitionBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID))))
                .orderBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID),
                        DimensionGroups.positionIn(CHECKS, col(DataQuality.CHECK)).equalTo(0),
                        DimensionGroups.positionIn(CHECKS, col(DataQuality.CHECK)), col(DataQuality.CHECK))
                .select(DataQuality.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }
}

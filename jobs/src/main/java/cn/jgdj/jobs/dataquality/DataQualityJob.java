package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.jobs.driverside.SmallTables;
import cn.jgdj.jobs.ingest.CollapsedRows;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.membership.BranchUnits;
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
import com.google.auto.service.AutoService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * indicators/data_quality per unit × quarter. A unit's rows: the events it organised, the attendance rows of those
 * events, the platform rows of its members (by their latest member row), and the rows of those kinds set aside at
 * ingest. Checks, each a count and a share of the unit's rows: set_aside (and set_aside:REASON per reason code),
 * assumed_roster (branch- or unit-audience events with no attendance row at all: the roster is assumed),
 * event_without_end_or_venue (set aside for a missing end time, or onsite teaching without a venue),
 * platform_after_validity (platform use dated after the member's last valid day), exact_duplicate (extra copies
 * ingest collapsed) and superseded (weaker attendance rows of a member and event). The unit's rows count each record
 * once, written or set aside: collapsed copies and superseded rows are counted against them, not in them.
 * needs_review: any share above its threshold in the rules file. Rows dated after the as-of day are outside the
 * periods reported.
 *
 * <p>One Spark plan tallies every scored row by unit, quarter and check; the few tallies are collected once and
 * the scorecard (zeros, shares, thresholds, order) is built on the driver by {@link ScorecardRows}.
 */
public final class DataQualityJob {
    private DataQualityJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Attendance.NAME), Catalog.warehouse(Members.NAME), Catalog.warehouse(Branches.NAME),
            Catalog.warehouse(PlatformUsage.NAME), Catalog.quarantine(Events.NAME),
            Catalog.quarantine(Attendance.NAME), Catalog.quarantine(PlatformUsage.NAME),
            CollapsedRows.name(Events.NAME), CollapsedRows.name(Attendance.NAME),
            CollapsedRows.name(PlatformUsage.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(DataQuality.NAME));
    public static final JobSpec SPEC = new JobSpec("data_quality", INPUTS, OUTPUTS, DataQualityJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final Date OPEN_END = Date.valueOf("9999-12-31");
    private static final String ROW = ScorecardRows.ROW;
    private static final String DATE = "_date";
    static final String COUNTED = "_counted";
    static final String ROWS = "_rows";
    private static final String LAST_VALID = "_last_valid";

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> events = io.read(Catalog.warehouse(Events.NAME));
        Dataset<Row> members = io.read(Catalog.warehouse(Members.NAME));
        Dataset<Row> memberUnits = memberUnits(members, io.read(Catalog.warehouse(Branches.NAME)));
        Dataset<Row> setAside = QuarantinedRows.events(io.read(Catalog.quarantine(Events.NAME)))
                .unionByName(QuarantinedRows.attendance(io.read(Catalog.quarantine(Attendance.NAME)), events));
        Dataset<Row> platformSetAside = QuarantinedRows.platformKeys(io.read(Catalog.quarantine(PlatformUsage.NAME)),
                params.memberKeySecret());
        Collapsed collapsed = new Collapsed(io.read(CollapsedRows.name(Events.NAME)),
                io.read(CollapsedRows.name(Attendance.NAME)), io.read(CollapsedRows.name(PlatformUsage.NAME)));
        io.write(Catalog.indicator(DataQuality.NAME), scorecard(events, io.read(Catalog.warehouse(Attendance.NAME)),
                memberUnits, io.read(Catalog.warehouse(PlatformUsage.NAME)), setAside, platformSetAside, collapsed,
                params.asOf(), Rules.forParams(params).dataQualityThresholds()));
    }

    /**
     * Ingest's counts of rows it did not write ({@link CollapsedRows}): per event for events and attendance, per
     * member and day for platform usage.
     */
    public record Collapsed(Dataset<Row> events, Dataset<Row> attendance, Dataset<Row> platform) {
    }

    /**
     * member_key, unit_id of the member's latest row, and the member's last valid day. The branch's unit is looked up
     * ({@link BranchUnits}), not joined, so that the platform rows (2.2 M at 10,000 × 5) meet a broadcast of this
     * small aggregation instead of being shuffled by member.
     */
    static Dataset<Row> memberUnits(Dataset<Row> members, Dataset<Row> branches) {
        Column unit = unitOfBranch(branches, col(Members.BRANCH_ID));
        return members.withColumn(Branches.UNIT_ID, unit)
                .groupBy(col(Members.MEMBER_KEY))
                .agg(max_by(col(Branches.UNIT_ID), col(Members.VALID_FROM)).as(Indicators.UNIT_ID),
                        max(coalesce(col(Members.VALID_TO), lit(OPEN_END))).as(LAST_VALID));
    }

    /**
     * The unit_id of the branch in {@code branchId}, null for a branch not in {@code branches} (as a left join): the
     * lookup of {@link BranchUnits}, with the branches read by the driver ({@link SmallTables}), not collected by a
     * Spark job.
     */
    static Column unitOfBranch(Dataset<Row> branches, Column branchId) {
        List<Column> pairs = new ArrayList<>();
        for (String[] b : SmallTables.strings(branches, Branches.BRANCH_ID, Branches.UNIT_ID)) {
            if (b[0] != null) {
                pairs.add(lit(b[0]));
                pairs.add(lit(b[1]).cast("string"));
            }
        }
        return pairs.isEmpty() ? lit(null).cast("string")
                : try_element_at(map(pairs.toArray(Column[]::new)), branchId);
    }

    /**
     * Rows with exactly DataQuality.COLUMNS.
     *
     * @param memberUnits      from {@link #memberUnits}
     * @param setAside         placed rows of events and attendance from {@link QuarantinedRows}: period, unit_id,
     *                         check, missing end flag
     * @param platformSetAside platform rows set aside, keyed ({@link QuarantinedRows#platformKeys}); null for none
     */
    public static Dataset<Row> scorecard(Dataset<Row> events, Dataset<Row> attendance, Dataset<Row> memberUnits,
                                         Dataset<Row> platform, Dataset<Row> setAside, Dataset<Row> platformSetAside,
                                         Collapsed collapsed, LocalDate asOf, Map<String, Double> thresholds) {
        List<Tally> tallies = tallies(events, attendance, memberUnits, platform, setAside, platformSetAside,
                collapsed, asOf);
        return events.sparkSession().createDataFrame(ScorecardRows.of(tallies, thresholds), ScorecardRows.SCHEMA);
    }

    /**
     * Every scored row of the county tallied by period, unit, check and whether it counts in the unit's rows (counts
     * only, so exact in any order). The tallies are a few per unit and quarter: each Spark task totals its rows and
     * the driver merges them ({@link PartitionTotals}), where an exchange to a final aggregation took a Spark job.
     */
    static List<Tally> tallies(Dataset<Row> events, Dataset<Row> attendance, Dataset<Row> memberUnits,
                                Dataset<Row> platform, Dataset<Row> setAside, Dataset<Row> platformSetAside,
                                Collapsed collapsed, LocalDate asOf) {
        Dataset<Row> dated = perEvent(events, attendance, collapsed);
        if (asOf != null) {
            dated = dated.filter(col(DATE).leq(lit(Date.valueOf(asOf))));
        }
        Dataset<Row> platformRows = PlatformTallies.of(platform, collapsed.platform(), platformSetAside, memberUnits,
                LAST_VALID, asOf);
        // A set-aside event missing its end time counts once in the unit's rows and also under its own check.
        Dataset<Row> setAsideRows = setAside.select(col(Indicators.PERIOD), col(Indicators.UNIT_ID),
                explode(when(col(QuarantinedRows.MISSING_END), array(setAsideCheck(col(DataQuality.CHECK), true),
                        setAsideCheck(lit(DataQuality.EVENT_WITHOUT_END_OR_VENUE), false)))
                        .otherwise(array(setAsideCheck(col(DataQuality.CHECK), true)))).as("_c"))
                .select(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col("_c." + DataQuality.CHECK)
                        .as(DataQuality.CHECK), col("_c." + COUNTED).as(COUNTED), lit(1L).as(ROWS));
        return PartitionTotals.of(dated.drop(DATE).unionByName(platformRows).unionByName(setAsideRows),
                        List.of(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col(DataQuality.CHECK), col(COUNTED)),
                        List.of(col(ROWS)), List.of()).stream()
                .filter(r -> r.getLong(5) > 0)
                .map(r -> new Tally(r.getString(0), r.getString(1), r.getString(2), r.getBoolean(3), r.getLong(5)))
                .toList();
    }

    private static final String ATTENDANCE_ROWS = "_attendance_rows";

    /**
     * The scored rows placed by their event, as tallies with a date: per event its own row (assumed_roster for a
     * branch- or unit-audience event with no attendance row, event_without_end_or_venue for onsite teaching without
     * a venue), its attendance rows, and the copies and superseded rows ingest collapsed for it (events' and
     * attendance's). The attendance rows and the collapsed counts are summed per event in one aggregation (reduced
     * before its shuffle) and meet the events in one join; a distinct of the attendance's event ids and two more
     * joins with the events took an exchange and a broadcast of their own. Rows of no known event are left out.
     */
    static Dataset<Row> perEvent(Dataset<Row> events, Dataset<Row> attendance, Collapsed collapsed) {
        Column start = col(Events.START_TIME);
        Dataset<Row> counts = attendance.select(col(Attendance.EVENT_ID).as(Events.EVENT_ID),
                        lit(1L).as(ATTENDANCE_ROWS), lit(0L).as(CollapsedRows.COLLAPSED),
                        lit(0L).as(CollapsedRows.SUPERSEDED))
                .unionByName(collapsed.events().unionByName(collapsed.attendance())
                        .select(col(Events.EVENT_ID), lit(0L).as(ATTENDANCE_ROWS), col(CollapsedRows.COLLAPSED),
                                col(CollapsedRows.SUPERSEDED)))
                .groupBy(col(Events.EVENT_ID))
                .agg(sum(col(ATTENDANCE_ROWS)).as(ATTENDANCE_ROWS),
                        sum(col(CollapsedRows.COLLAPSED)).as(CollapsedRows.COLLAPSED),
                        sum(col(CollapsedRows.SUPERSEDED)).as(CollapsedRows.SUPERSEDED));
        Dataset<Row> placed = events.select(col(Events.EVENT_ID), Quarters.of(start).as(Indicators.PERIOD),
                        col(Events.ORGANIZER_UNIT_ID).as(Indicators.UNIT_ID), col(Events.EVENT_TYPE),
                        col(Events.VENUE_ID), col(Events.AUDIENCE), start.cast("date").as(DATE))
                .join(counts, new String[] {Events.EVENT_ID}, "left");
        Column attendanceRows = coalesce(col(ATTENDANCE_ROWS), lit(0L));
        Column rosterAssumed = col(Events.AUDIENCE).isin(Codes.AUDIENCE_BRANCH, Codes.AUDIENCE_UNIT)
                .and(attendanceRows.equalTo(0L));
        Column noVenue = col(Events.EVENT_TYPE).equalTo(Codes.ONSITE_TEACHING).and(col(Events.VENUE_ID).isNull());
        Column eventCheck = when(rosterAssumed, lit(DataQuality.ASSUMED_ROSTER))
                .when(noVenue, lit(DataQuality.EVENT_WITHOUT_END_OR_VENUE)).otherwise(lit(ROW));
        // Each event yields four tallies from one row: itself, its attendance rows, its copies, its superseded rows.
        Column tallies = explode(array(
                tally(eventCheck, true, lit(1L)), tally(lit(ROW), true, attendanceRows),
                tally(lit(DataQuality.EXACT_DUPLICATE), false, coalesce(col(CollapsedRows.COLLAPSED), lit(0L))),
                tally(lit(DataQuality.SUPERSEDED), false, coalesce(col(CollapsedRows.SUPERSEDED), lit(0L)))));
        return placed.select(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col(DATE), tallies.as("_t"))
                .select(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col(DATE),
                        col("_t." + DataQuality.CHECK).as(DataQuality.CHECK), col("_t." + COUNTED).as(COUNTED),
                        col("_t." + ROWS).as(ROWS));
    }

    private static Column tally(Column check, boolean counted, Column rows) {
        return struct(check.as(DataQuality.CHECK), lit(counted).as(COUNTED), rows.as(ROWS));
    }

    private static Column setAsideCheck(Column check, boolean counted) {
        return struct(check.as(DataQuality.CHECK), lit(counted).as(COUNTED));
    }
}

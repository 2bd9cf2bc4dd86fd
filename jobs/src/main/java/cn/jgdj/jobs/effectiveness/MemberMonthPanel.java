package cn.jgdj.jobs.effectiveness;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.events.ParticipationJob;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.jobs.membership.PeriodWindows;
import cn.jgdj.jobs.membership.Population;
import cn.jgdj.jobs.membership.WindowMembers;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import cn.jgdj.schemas.work.WorkTables;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The monthly member panel, built in one Spark plan: one row per member eligible in some panel month (the
 * training population of WindowMembers, month by month) with their last month's branch, unit type and role, the
 * month each program first treated them, and their outcomes month by month. Only the estimate's in-memory
 * {@link PanelMember}s come out of it; nothing member-level is written.
 */
public final class MemberMonthPanel {
    private MemberMonthPanel() {
    }

    static final String MONTH = "_month";
    static final String PLATFORM_DAYS = "_platform_days";
    static final String EXPECTED = "_expected";
    static final String PRESENT = "_present";
    static final String VOLUNTEERED = "_volunteered";
    static final String LAST = "_last";
    static final String MONTHS = "_months";
    static final String FIRST_PREFIX = "_first_";

    /**
     * One row per member: branch_id, unit_type, role (of the last eligible month), one {@code _first_PROGRAM}
     * month index per program (null: not treated in the analysis year), and {@code _months}: per eligible month
     * its index, active platform days, expected and present branch meetings, and whether a volunteer log exists.
     */
    public static Dataset<Row> panel(SparkSession spark, Dataset<Row> members, Dataset<Row> branches,
                                     Dataset<Row> units, Dataset<Row> events, Dataset<Row> attendance,
                                     Dataset<Row> platform, Dataset<Row> logs, PanelSpan span, Rules rules) {
        // Every fact of the panel falls in the analysis year, and the fact tables are partitioned by year
        // (attendance by its event's start year): filtering on the partition column reads that year's files only.
        events = events.where(col(Events.YEAR).equalTo(span.year()));
        attendance = attendance.where(col(Attendance.YEAR).equalTo(span.year()));
        platform = platform.where(col(PlatformUsage.YEAR).equalTo(span.year()));
        logs = logs.where(col(VolunteerLogs.YEAR).equalTo(span.year()));
        Date from = Date.valueOf(span.first().atDay(1));
        Date to = Date.valueOf(span.last().atEndOfMonth());
        Dataset<Row> windows = PeriodWindows.toDataFrame(spark,
                PeriodWindows.months(span.first().atDay(1), span.last().atEndOfMonth()), rules);
        Dataset<Row> eligible = WindowMembers.of(members, branches, units, windows, rules, Population.TRAINING)
                .select(col(Members.MEMBER_KEY), index(col(PeriodWindows.WINDOW_START), span).as(MONTH),
                        col(WorkTables.BRANCH_ID), col(Dimensions.UNIT_TYPE), col(Dimensions.ROLE));
        String[] key = {Members.MEMBER_KEY, MONTH};

        Dataset<Row> platformDays = platform
                .where(col(PlatformUsage.DATE).between(from, to)
                        .and(col(PlatformUsage.POINTS).gt(0).or(col(PlatformUsage.MINUTES).gt(0))))
                // Distinct active days as a bit mask of the month's days: one aggregation (one shuffle) instead of a
                // distinct of member × day and then a count.
                .groupBy(col(PlatformUsage.MEMBER_KEY), index(col(PlatformUsage.DATE), span).as(MONTH))
                .agg(bit_count(bit_or(call_function("shiftleft", lit(1L), dayofmonth(col(PlatformUsage.DATE)))))
                        .cast("int").as(PLATFORM_DAYS));

        Dataset<Row> meetings = events.where(col(Events.EVENT_TYPE).isin(Codes.CADENCE_TYPES.toArray())
                .and(to_date(col(Events.START_TIME)).between(from, to)));
        Dataset<Row> meetingMonths = meetings.select(col(Events.EVENT_ID),
                index(to_date(col(Events.START_TIME)), span).as(MONTH));
        Dataset<Row> attended = ParticipationJob.expectedAttendance(meetings, attendance, members, branches)
                .join(meetingMonths, Events.EVENT_ID)
                .groupBy(col(Attendance.MEMBER_KEY), col(MONTH))
                .agg(count(lit(1)).cast("int").as(EXPECTED),
                        sum(when(col(Attendance.STATUS).equalTo(Codes.PRESENT), 1).otherwise(0)).cast("int")
                                .as(PRESENT));

        Dataset<Row> volunteered = logs.where(col(VolunteerLogs.DATE).between(from, to))
                .select(col(VolunteerLogs.MEMBER_KEY), index(col(VolunteerLogs.DATE), span).as(MONTH)).distinct()
                .withColumn(VOLUNTEERED, lit(true));

        Dataset<Row> monthly = eligible.join(platformDays, key, "left").join(attended, key, "left")
                .join(volunteered, key, "left");
        Column unknown = lit(DimensionGroups.UNKNOWN);
        Dataset<Row> perMember = monthly.groupBy(col(Members.MEMBER_KEY))
                .agg(max_by(struct(coalesce(col(WorkTables.BRANCH_ID), unknown).as(WorkTables.BRANCH_ID),
                                coalesce(col(Dimensions.UNIT_TYPE), unknown).as(Dimensions.UNIT_TYPE),
                                coalesce(col(Dimensions.ROLE), unknown).as(Dimensions.ROLE)), col(MONTH)).as(LAST),
                        collect_list(struct(col(MONTH), coalesce(col(PLATFORM_DAYS), lit(0)).as(PLATFORM_DAYS),
                                col(EXPECTED), col(PRESENT),
                                coalesce(col(VOLUNTEERED), lit(false)).as(VOLUNTEERED))).as(MONTHS));
        return perMember.join(firstTreated(events, attendance, span), new String[] {Members.MEMBER_KEY}, "left")
                .select(panelColumns());
    }

    /**
     * Per member and program, the month index of the first present or makeup row at an event of the program
     * starting in the analysis year.
     */
    static Dataset<Row> firstTreated(Dataset<Row> events, Dataset<Row> attendance, PanelSpan span) {
        Column start = to_date(col(Events.START_TIME));
        Dataset<Row> training = events.where(col(Events.EVENT_TYPE).isin(Effectiveness.PROGRAMS.toArray())
                        .and(year(start).equalTo(span.year())).and(start.leq(Date.valueOf(span.last().atEndOfMonth()))))
                .select(col(Events.EVENT_ID), col(Events.EVENT_TYPE), index(start, span).as(MONTH));
        List<Column> firsts = new ArrayList<>();
        for (String program : Effectiveness.PROGRAMS) {
            firsts.add(min(when(col(Events.EVENT_TYPE).equalTo(program), col(MONTH))).as(FIRST_PREFIX + program));
        }
        return attendance.where(col(Attendance.STATUS).isin(Codes.PRESENT, Codes.MAKEUP))
                .select(col(Attendance.EVENT_ID), col(Attendance.MEMBER_KEY))
                .join(training, Events.EVENT_ID)
                .groupBy(col(Attendance.MEMBER_KEY))
                .agg(firsts.get(0), firsts.subList(1, firsts.size()).toArray(Column[]::new));
    }

    /** The panel rows as the estimator's members (collected to the driver: a few numbers per member). */
    public static List<PanelMember> collect(Dataset<Row> panel, PanelSpan span) {
        int months = span.months();
        List<PanelMember> out = new ArrayList<>();
        for (Row r : panel.collectAsList()) {
            int[] first = new int[Effectiveness.PROGRAMS.size()];
            for (int p = 0; p < first.length; p++) {
                int i = r.fieldIndex(FIRST_PREFIX + Effectiveness.PROGRAMS.get(p));
                first[p] = r.isNullAt(i) ? PanelMember.NEVER : r.getInt(i);
            }
            double[][] outcomes = new double[Effectiveness.OUTCOMES.size()][months];
            for (double[] o : outcomes) {
                Arrays.fill(o, Double.NaN);
            }
            int platformAt = Effectiveness.OUTCOMES.indexOf(Effectiveness.PLATFORM_ACTIVE_DAYS);
            int meetingAt = Effectiveness.OUTCOMES.indexOf(Effectiveness.MEETING_ATTENDANCE);
            int volunteerAt = Effectiveness.OUTCOMES.indexOf(Effectiveness.VOLUNTEER_PARTICIPATION);
            for (Row m : r.<Row>getList(r.fieldIndex(MONTHS))) {
                int month = m.getInt(0);
                outcomes[platformAt][month] = m.getInt(1);
                if (!m.isNullAt(2) && m.getInt(2) > 0) {
                    outcomes[meetingAt][month] = (double) m.getInt(3) / m.getInt(2);
                }
                outcomes[volunteerAt][month] = m.getBoolean(4) ? 1 : 0;
            }
            out.add(new PanelMember(r.getString(0), r.getString(1), r.getString(2), first, outcomes));
        }
        // Sums of doubles depend on the order they are added in, and collect's order follows the partitioning
        // (cores, cluster): a content order makes the estimates the same wherever the job runs.
        out.sort(PanelMember.CONTENT_ORDER);
        return out;
    }

    /** The panel month index of a date column. */
    static Column index(Column date, PanelSpan span) {
        return year(date).multiply(12).plus(month(date)).minus(span.firstOrdinal()).cast("int");
    }

    private static Column[] panelColumns() {
        List<Column> c = new ArrayList<>();
        c.add(col(LAST + "." + WorkTables.BRANCH_ID));
        c.add(col(LAST + "." + Dimensions.UNIT_TYPE));
        c.add(col(LAST + "." + Dimensions.ROLE));
        for (String program : Effectiveness.PROGRAMS) {
            c.add(col(FIRST_PREFIX + program));
        }
        c.add(col(MONTHS));
        return c.toArray(Column[]::new);
    }
}

package cn.jgdj.jobs.effectiveness;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.events.ParticipationJob;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.jobs.membership.HeldValidity;
import cn.jgdj.jobs.membership.Population;
import cn.jgdj.jobs.membership.UnitLookup;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.work.WorkTables;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
    static final String ELIGIBLE = "_eligible";
    static final String PLATFORM_DAYS = "_platform_days";
    static final String EXPECTED = "_expected";
    static final String PRESENT = "_present";
    static final String VOLUNTEERED = "_volunteered";
    static final String LAST = "_last";
    static final String FIRST_PREFIX = "_first_";
    static final String KIND = "_kind";
    static final String BITS = "_bits";
    /** Kinds of the activity rows besides the programs' codes. */
    static final String PLATFORM_KIND = "_platform";
    static final String VOLUNTEER_KIND = "_volunteer";

    private static final Date OPEN_END = Date.valueOf("9999-12-31");
    private static final String VALID_UNTIL = "_valid_until";

    /**
     * One row per member: branch_id, unit_type, role (of the last eligible month), one {@code _first_PROGRAM}
     * month index per program (null: not treated in the analysis year), and per month (bit or element i = month
     * index i): {@code _eligible} (bit mask), {@code _platform_days} (each month's active days as a bit mask of its
     * days), {@code _expected} and {@code _present} (branch meetings; null in a month without an expected one),
     * {@code _volunteered} (bit mask). Every source is aggregated straight to one row per member, so the joins meet
     * one row per member on each side.
     */
    public static Dataset<Row> panel(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                     Dataset<Row> events, Dataset<Row> attendance, Dataset<Row> platform,
                                     Dataset<Row> logs, PanelSpan span, Rules rules) {
        // Every fact of the panel falls in the analysis year, and the fact tables are partitioned by year
        // (attendance by its event's start year): filtering on the partition column reads that year's files only.
        events = events.where(col(Events.YEAR).equalTo(span.year()));
        attendance = attendance.where(col(Attendance.YEAR).equalTo(span.year()));
        platform = platform.where(col(PlatformUsage.YEAR).equalTo(span.year()));
        logs = logs.where(col(VolunteerLogs.YEAR).equalTo(span.year()));
        Date from = Date.valueOf(span.first().atDay(1));
        Date to = Date.valueOf(span.last().atEndOfMonth());
        String member = Members.MEMBER_KEY;

        // Platform days, volunteering and first trainings in one aggregation per member (one shuffle for the three):
        // each row says which source it is from (_kind), its month and its bits.
        Dataset<Row> platformRows = platform
                .where(col(PlatformUsage.DATE).between(from, to)
                        .and(col(PlatformUsage.POINTS).gt(0).or(col(PlatformUsage.MINUTES).gt(0))))
                .select(col(PlatformUsage.MEMBER_KEY).as(member), lit(PLATFORM_KIND).as(KIND),
                        index(col(PlatformUsage.DATE), span).as(MONTH),
                        call_function("shiftleft", lit(1L), dayofmonth(col(PlatformUsage.DATE))).as(BITS));
        Dataset<Row> volunteerRows = logs.where(col(VolunteerLogs.DATE).between(from, to))
                .select(col(VolunteerLogs.MEMBER_KEY).as(member), lit(VOLUNTEER_KIND).as(KIND),
                        index(col(VolunteerLogs.DATE), span).as(MONTH),
                        call_function("shiftleft", lit(1L), index(col(VolunteerLogs.DATE), span)).as(BITS));
        List<Column> activity = new ArrayList<>();
        // Distinct active days as a bit mask of each month's days, volunteering as a bit mask of months.
        activity.add(perMonth(span, m -> bit_or(when(col(KIND).equalTo(PLATFORM_KIND).and(col(MONTH).equalTo(m)),
                col(BITS)))).as(PLATFORM_DAYS));
        activity.add(bit_or(when(col(KIND).equalTo(VOLUNTEER_KIND), col(BITS))).as(VOLUNTEERED));
        for (String program : Effectiveness.PROGRAMS) {
            activity.add(min(when(col(KIND).equalTo(program), col(MONTH))).as(FIRST_PREFIX + program));
        }
        // The year's trainings and meetings collected once (one Spark job) and looked up, not broadcast-joined.
        YearEvents yearEvents = YearEvents.collect(events, span);
        Dataset<Row> perMember = platformRows.unionByName(volunteerRows)
                .unionByName(trainingRows(attendance, yearEvents))
                .groupBy(col(member))
                .agg(activity.get(0), activity.subList(1, activity.size()).toArray(Column[]::new));

        // Per meeting and expected member (already partitioned by member, so the per-member sums shuffle no more).
        Dataset<Row> attended = ParticipationJob.expectedPerMember(yearEvents.meetings(), attendance, members,
                        branches)
                .withColumn(MONTH, yearEvents.meetingMonth(col(Events.EVENT_ID)))
                .groupBy(col(Attendance.MEMBER_KEY))
                // A month's sum is null when none of the member's expected meetings falls in it.
                .agg(perMonth(span, m -> sum(when(col(MONTH).equalTo(m), col(Participation.EXPECTED))))
                                .as(EXPECTED),
                        perMonth(span, m -> sum(when(col(MONTH).equalTo(m), col(Participation.PRESENT))))
                                .as(PRESENT));

        String[] key = {member};
        // Sort-merge joins of the per-member tables, all hash-partitioned by member already: left to itself, AQE
        // turns the small ones into broadcast joins, each one more Spark job (a collect of the shuffled rows) to
        // save sorting a few thousand rows.
        return eligible(members, branches, units, span, rules)
                .join(merged(perMember), key, "left").join(merged(attended), key, "left")
                .select(panelColumns());
    }

    /**
     * One row per member of the training population in some panel month: {@code _eligible}, the months with an
     * included day (bit i = month index i), and {@code _last}: branch_id, unit_type and role of the last of them.
     * The same members, months and attributes as WindowMembers' training population over the panel's monthly
     * windows (whose pro-rating span is the month itself and whose rules year is the analysis year), without its
     * member × month rows and the attributes the panel does not use: the last eligible month is the last month
     * any included row reaches, and of the rows reaching it the one that starts last gives the attributes.
     */
    static Dataset<Row> eligible(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units, PanelSpan span,
                                 Rules rules) {
        // Fails early, like the windows of WindowMembers, when the analysis year has no rules.
        rules.rulesFor(span.year());
        Date from = Date.valueOf(span.first().atDay(1));
        Date to = Date.valueOf(span.last().atEndOfMonth());
        Column validUntil = col(VALID_UNTIL);
        Column first = index(greatest(col(Members.VALID_FROM), lit(from)), span);
        Column last = index(least(validUntil, lit(to)), span);
        Column unknown = lit(DimensionGroups.UNKNOWN);
        // The units looked up in literal maps read by the driver (no Spark job), not broadcast-joined (a job each).
        return UnitLookup.withUnits(HeldValidity.of(members), branches, units)
                .where(Population.TRAINING.includes(rules, lit(span.year())))
                .withColumn(VALID_UNTIL, coalesce(col(Members.VALID_TO), lit(OPEN_END)))
                .where(col(Members.VALID_FROM).leq(lit(to)).and(validUntil.geq(lit(from))))
                .groupBy(col(Members.MEMBER_KEY))
                .agg(bit_or(call_function("shiftleft", lit(1L), last.plus(1))
                                .minus(call_function("shiftleft", lit(1L), first))).as(ELIGIBLE),
                        max_by(struct(coalesce(col(Members.BRANCH_ID), unknown).as(WorkTables.BRANCH_ID),
                                        coalesce(col(Dimensions.UNIT_TYPE), unknown).as(Dimensions.UNIT_TYPE),
                                        coalesce(col(Members.ROLE), unknown).as(Dimensions.ROLE)),
                                struct(last, col(Members.VALID_FROM))).as(LAST));
    }

    /** A join side to be joined by sort-merge join (Spark's MERGE hint). */
    private static Dataset<Row> merged(Dataset<Row> side) {
        return side.hint("merge");
    }

    /** An array of one aggregate per panel month. */
    private static Column perMonth(PanelSpan span, IntFunction<Column> aggregate) {
        Column[] months = new Column[span.months()];
        for (int m = 0; m < months.length; m++) {
            months[m] = aggregate.apply(m);
        }
        return array(months);
    }

    /**
     * Rows of the activity union for trainings: per present or makeup row at an event of a program starting in the
     * analysis year (up to the panel's last month), the member, the program as {@code _kind} and the event's month.
     */
    static Dataset<Row> trainingRows(Dataset<Row> attendance, YearEvents events) {
        String training = "_training";
        return attendance.where(col(Attendance.STATUS).isin(Codes.PRESENT, Codes.MAKEUP))
                .select(col(Attendance.MEMBER_KEY), events.training(col(Attendance.EVENT_ID)).as(training))
                .where(col(training).isNotNull())
                .select(col(Attendance.MEMBER_KEY), col(training + "." + KIND).as(KIND),
                        col(training + "." + MONTH).as(MONTH), lit(0L).as(BITS));
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
            long eligible = r.getLong(r.fieldIndex(ELIGIBLE));
            List<Long> days = nullableList(r, PLATFORM_DAYS);
            List<Long> expected = nullableList(r, EXPECTED);
            List<Long> present = nullableList(r, PRESENT);
            int volunteeredAt = r.fieldIndex(VOLUNTEERED);
            long volunteered = r.isNullAt(volunteeredAt) ? 0L : r.getLong(volunteeredAt);
            for (int month = 0; month < months; month++) {
                if ((eligible >>> month & 1L) == 0) {
                    continue;
                }
                Long dayMask = days == null ? null : days.get(month);
                outcomes[platformAt][month] = dayMask == null ? 0 : Long.bitCount(dayMask);
                Long expectedMeetings = expected == null ? null : expected.get(month);
                if (expectedMeetings != null && expectedMeetings > 0) {
                    outcomes[meetingAt][month] = (double) present.get(month) / expectedMeetings;
                }
                outcomes[volunteerAt][month] = volunteered >>> month & 1L;
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

    private static List<Long> nullableList(Row r, String field) {
        int i = r.fieldIndex(field);
        return r.isNullAt(i) ? null : r.getList(i);
    }

    private static Column[] panelColumns() {
        List<Column> c = new ArrayList<>();
        c.add(col(LAST + "." + WorkTables.BRANCH_ID));
        c.add(col(LAST + "." + Dimensions.UNIT_TYPE));
        c.add(col(LAST + "." + Dimensions.ROLE));
        for (String program : Effectiveness.PROGRAMS) {
            c.add(col(FIRST_PREFIX + program));
        }
        c.add(col(ELIGIBLE));
        c.add(col(PLATFORM_DAYS));
        c.add(col(EXPECTED));
        c.add(col(PRESENT));
        c.add(col(VOLUNTEERED));
        return c.toArray(Column[]::new);
    }
}

package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.PublishedOrder;
import cn.jgdj.jobs.membership.BranchUnits;
import cn.jgdj.jobs.membership.HeldValidity;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The participation indicator: per year and quarter × organizer unit × event type, events held and how their
 * expected attendees answered (present, excused, makeup, absent).
 *
 * <p>Expected attendees of an event are the union, each member once, of
 * <ul>
 *   <li>members with an explicit attendance row of status present, excused, absent or makeup (whatever their type
 *       or exemption: being listed means they were asked to come), and</li>
 *   <li>for audience {@code branch} (or {@code unit}), every non-exempt full or probationary member whose member
 *       row valid on the event date is in the event's branch (or in a branch of the organizer unit); such a member
 *       with no row counts as absent.</li>
 * </ul>
 * A member with an {@code observer} row is neither expected nor counted, even when the audience would include
 * them: they attended in another capacity, and "absent" would be false.
 */
public final class ParticipationJob {
    private ParticipationJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Attendance.NAME), Catalog.warehouse(Members.NAME), Catalog.warehouse(Branches.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(Participation.NAME));
    public static final JobSpec SPEC = new JobSpec("participation", INPUTS, OUTPUTS, ParticipationJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final String SCOPE = "_scope";
    private static final String SCOPE_ID = "_scope_id";
    private static final String SCOPES = "_scopes";
    private static final String BRANCH_UNIT = "_branch_unit";
    private static final String IN_AUDIENCE = "_in_audience";
    private static final String LISTED = "_listed";
    private static final String OBSERVERS = "_observers";
    private static final String LISTED_MEMBER = "_listed_member";

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> table = participation(io.read(INPUTS.get(0)), io.read(INPUTS.get(1)), io.read(INPUTS.get(2)),
                io.read(INPUTS.get(3)), params.asOf());
        io.write(OUTPUTS.get(0), table);
    }

    /** The participation table with every period complete (no as-of day). */
    public static Dataset<Row> participation(Dataset<Row> events, Dataset<Row> attendance, Dataset<Row> members,
                                             Dataset<Row> branches) {
        return participation(events, attendance, members, branches, null);
    }

    /**
     * The participation table, columns {@link Participation#COLUMNS}, sorted by period, unit and event type: events
     * starting after the as-of day are left out, and the year and quarter in progress on it are partial.
     */
    public static Dataset<Row> participation(Dataset<Row> events, Dataset<Row> attendance, Dataset<Row> members,
                                             Dataset<Row> branches, LocalDate asOf) {
        Dataset<Row> scopedEvents = EventCalendar.withCalendar(AsOf.through(events, EventCalendar.date(), asOf))
                .select(col(Events.EVENT_ID), col(Events.EVENT_TYPE), col(Events.ORGANIZER_UNIT_ID),
                        col(EventCalendar.DATE), col(EventCalendar.YEAR), col(EventCalendar.QUARTER),
                        col(Events.AUDIENCE).as(SCOPE), MeetingAudiences.scopeId().as(SCOPE_ID));

        Column expected = col(Participation.EXPECTED);
        // The final aggregation's few thousand groups are sorted in its own stage (no gathering shuffle, one job less).
        return PublishedOrder.sortedInLastStage(countedRows(scopedEvents, attendance, members, branches)
                .withColumn(Indicators.PERIOD, explode(array(EventCalendar.yearLabel(col(EventCalendar.YEAR)),
                        EventCalendar.quarterLabel(col(EventCalendar.YEAR), col(EventCalendar.QUARTER)))))
                .groupBy(col(Indicators.PERIOD), col(Events.ORGANIZER_UNIT_ID).as(Indicators.UNIT_ID),
                        col(Events.EVENT_TYPE).as(Indicators.EVENT_TYPE))
                .agg(sum(col(Participation.EVENTS)).as(Participation.EVENTS),
                        sum(expected).as(Participation.EXPECTED),
                        sum(col(Participation.PRESENT)).as(Participation.PRESENT),
                        sum(col(Participation.EXCUSED)).as(Participation.EXCUSED),
                        sum(col(Participation.MAKEUP)).as(Participation.MAKEUP))
                .withColumn(Participation.ABSENT, expected.minus(col(Participation.PRESENT))
                        .minus(col(Participation.EXCUSED)).minus(col(Participation.MAKEUP)))
                .withColumn(Participation.PARTICIPATION_RATE, when(expected.gt(0),
                        col(Participation.PRESENT).cast("double").divide(expected.cast("double"))))
                .withColumn(Indicators.PARTIAL, AsOf.partial(col(Indicators.PERIOD), asOf))
                .select(EventCalendar.columns(Participation.COLUMNS)),
                col(Indicators.PERIOD), col(Indicators.UNIT_ID), col(Indicators.EVENT_TYPE));
    }

    /**
     * Rows whose sums by year, quarter, organiser unit and event type are the table's counts, each with the
     * event's year, quarter, organizer_unit_id and event_type and the columns events, expected, present, excused
     * and makeup: one row per event (events 1), one per attendance row of an event (expected 1 unless an observer,
     * and its status), one per audience member (expected 1) and, for an attendance row of an audience member, −1
     * expected (that member is already counted by the row). So an audience member with no row counts once as
     * absent, one with rows counts by them, and no event is ever paired with its members in a shuffle: the rows come
     * out of joins with the events and the audience members (broadcast while those are small, as in a county), and
     * a map-side aggregation reduces them to a few partial sums before the only exchange. Relies on the warehouse key of attendance (one row per event
     * and member) and on {@link HeldValidity} (one held member row per day), as the per-member path does.
     */
    private static Dataset<Row> countedRows(Dataset<Row> scopedEvents, Dataset<Row> attendance,
                                            Dataset<Row> members, Dataset<Row> branches) {
        Dataset<Row> audienceMembers = audienceMembers(members, branches);
        Column none = lit(0L);
        Dataset<Row> eventRows = scopedEvents.select(groupColumns(lit(1L), none, none, none, none));

        // Attendance of events after the as-of day (or of no known event) falls out with the inner join.
        Column status = col(Attendance.STATUS);
        Column notObserver = when(status.equalTo(Codes.OBSERVER), 0L).otherwise(1L);
        Column listedInAudience = when(col(SCOPE + "_m").isNotNull(), 1L).otherwise(0L);
        // The attendance's member column renamed, not the audience's: both joins then broadcast the same plan once.
        Dataset<Row> attendanceRows = attendance.select(col(Attendance.EVENT_ID),
                        col(Attendance.MEMBER_KEY).as(LISTED_MEMBER), status)
                .join(scopedEvents, Attendance.EVENT_ID)
                .join(audienceMembers, col(LISTED_MEMBER).equalTo(col(Members.MEMBER_KEY)).and(inAudience()),
                        "left")
                .select(groupColumns(none, notObserver.minus(listedInAudience), statusCount(Codes.PRESENT),
                        statusCount(Codes.EXCUSED), statusCount(Codes.MAKEUP)));

        Dataset<Row> audienceRows = scopedEvents.join(audienceMembers, inAudience())
                .select(groupColumns(none, lit(1L), none, none, none));
        return eventRows.unionByName(attendanceRows).unionByName(audienceRows);
    }

    /** Whether a member row of {@link #audienceMembers} is in the audience of the event beside it. */
    private static Column inAudience() {
        return col(SCOPE).equalTo(col(SCOPE + "_m")).and(col(SCOPE_ID).equalTo(col(SCOPE_ID + "_m")))
                .and(MeetingAudiences.heldOn(col(EventCalendar.DATE)));
    }

    private static Column statusCount(String code) {
        return when(col(Attendance.STATUS).equalTo(code), 1L).otherwise(0L);
    }

    private static Column[] groupColumns(Column events, Column expected, Column present, Column excused,
                                         Column makeup) {
        return new Column[] {col(EventCalendar.YEAR), col(EventCalendar.QUARTER), col(Events.ORGANIZER_UNIT_ID),
                col(Events.EVENT_TYPE), events.as(Participation.EVENTS), expected.as(Participation.EXPECTED),
                present.as(Participation.PRESENT), excused.as(Participation.EXCUSED), makeup.as(Participation.MAKEUP)};
    }

    /**
     * Per event of {@code events} (any event types, held on the driver: a year's meetings, not every year's events)
     * and expected member under the rule above: event_id, member_key, expected (the member's attendance rows but
     * observer rows, or 1 for an audience member without a row; pairs with only observer rows are left out) and
     * present (present rows). The events' attendance rows and audiences are looked up, not joined (no broadcast job). The audience and the rows meet in one shuffle
     * by member, with no join of event × member pairs, and the result stays hash-partitioned by member_key, so a
     * further aggregation per member needs no other shuffle.
     */
    public static Dataset<Row> expectedPerMember(MeetingAudiences events, Dataset<Row> attendance,
                                                 Dataset<Row> members, Dataset<Row> branches) {
        Dataset<Row> rows = attendance.where(events.holds(col(Attendance.EVENT_ID)));
        Dataset<Row> audience = events.audience(audienceMembers(members, branches), SCOPE + "_m", SCOPE_ID + "_m");
        return perEventAndMember(audience, rows)
                .select(col(Events.EVENT_ID), col(Attendance.MEMBER_KEY), col(Participation.EXPECTED),
                        col(Participation.PRESENT))
                .where(col(Participation.EXPECTED).gt(0L));
    }

    /**
     * Per event and member of its audience or its attendance rows: expected (each attendance row but observers; an
     * audience member without a row once, as absent; 0 for a member with only observer rows), present, excused and
     * makeup, without joining the audience to the rows. The audience and the rows go through one shuffle by
     * member_key (so the caller's aggregation per member needs no other shuffle); each member's rows are summed, the
     * audience flag once however many scopes or rows match. (The participation table needs only sums per event and
     * takes {@link #countedRows}, with no shuffle of pairs.)
     *
     * @param audience event_id, member_key of each event's audience members (a member may repeat)
     */
    private static Dataset<Row> perEventAndMember(Dataset<Row> audience, Dataset<Row> attendance) {
        Dataset<Row> audienceRows = audience
                .select(col(Events.EVENT_ID), col(Attendance.MEMBER_KEY), lit(null).cast("string")
                        .as(Attendance.STATUS), lit(1).as(IN_AUDIENCE), lit(0L).as(LISTED));
        Dataset<Row> rows = attendance.select(col(Attendance.EVENT_ID), col(Attendance.MEMBER_KEY),
                col(Attendance.STATUS), lit(0).as(IN_AUDIENCE), lit(1L).as(LISTED));
        Column listed = col(LISTED).equalTo(1L);
        Column expected = when(col(LISTED).gt(0L), col(LISTED).minus(col(OBSERVERS)))
                .otherwise(col(IN_AUDIENCE).cast("long"));
        return audienceRows.unionByName(rows)
                .repartition(col(Attendance.MEMBER_KEY))
                .groupBy(col(Events.EVENT_ID), col(Attendance.MEMBER_KEY))
                .agg(max(col(IN_AUDIENCE)).as(IN_AUDIENCE), sum(col(LISTED)).as(LISTED),
                        countListed(listed, Codes.OBSERVER).as(OBSERVERS),
                        countListed(listed, Codes.PRESENT).as(Participation.PRESENT),
                        countListed(listed, Codes.EXCUSED).as(Participation.EXCUSED),
                        countListed(listed, Codes.MAKEUP).as(Participation.MAKEUP))
                .select(col(Events.EVENT_ID), col(Attendance.MEMBER_KEY), expected.as(Participation.EXPECTED),
                        col(Participation.PRESENT), col(Participation.EXCUSED), col(Participation.MAKEUP));
    }

    private static Column countListed(Column listed, String status) {
        return sum(when(listed.and(col(Attendance.STATUS).equalTo(status)), 1L).otherwise(0L));
    }

    /**
     * Members an audience-wide event expects, once per scope they belong to: ("branch", branch_id) and
     * ("unit", unit_id of the branch), with the validity of the member row.
     */
    private static Dataset<Row> audienceMembers(Dataset<Row> members, Dataset<Row> branches) {
        // On a handover day only the later row holds: the member is expected in the new branch, not the old.
        Dataset<Row> counted = HeldValidity.of(members)
                .where(col(Members.MEMBER_TYPE).isin(Codes.COUNTED_MEMBER_TYPES.toArray())
                .and(not(col(Members.EXEMPT))));
        // The branch's unit looked up, not joined, so that Spark sees these rows' real size and broadcasts them.
        Dataset<Row> withUnit = counted.withColumn(BRANCH_UNIT, BranchUnits.unitOf(branches, col(Members.BRANCH_ID)));
        return withUnit.select(col(Members.MEMBER_KEY), col(Members.VALID_FROM), col(Members.VALID_TO),
                        explode(array(
                                struct(lit(Codes.AUDIENCE_BRANCH).as(SCOPE), col(Members.BRANCH_ID).as(SCOPE_ID)),
                                struct(lit(Codes.AUDIENCE_UNIT).as(SCOPE), col(BRANCH_UNIT).as(SCOPE_ID)))).as(SCOPES))
                .select(col(Members.MEMBER_KEY), col(Members.VALID_FROM), col(Members.VALID_TO),
                        col(SCOPES + "." + SCOPE).as(SCOPE + "_m"), col(SCOPES + "." + SCOPE_ID).as(SCOPE_ID + "_m"))
                // The key's filter stated here, not left to Spark to infer for one join only, makes both joins'
                // member rows one plan that Spark shuffles once (a warehouse member row always has a key).
                .where(col(SCOPE_ID + "_m").isNotNull().and(col(Members.MEMBER_KEY).isNotNull()));
    }

}

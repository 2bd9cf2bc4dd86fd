package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.codes.Codes;
import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Events whose expected attendees are counted per member ({@link ParticipationJob#expectedPerMember}), held on the
 * driver (a year of a county's meetings: tens of thousands at most) and looked up in hash maps shipped once as a Spark
 * broadcast variable (no Spark job), instead of joined: each broadcast join of an events table is a Spark job of its
 * own under adaptive execution. A map literal would be searched key by key for every row.
 */
public final class MeetingAudiences {
    /** An event as its audience needs it: the scope and scope id are null for an event expecting nobody by scope. */
    public record Meeting(String eventId, Date date, String scope, String scopeId) implements Serializable {
    }

    static final String EVENT = "_audience_event";
    private static final String SCOPE = "scope";
    private static final String SCOPE_ID = "scope_id";
    private static final StructType EVENT_STRUCT = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Events.EVENT_ID, DataTypes.StringType, false),
            DataTypes.createStructField(EventCalendar.DATE, DataTypes.DateType, false)));

    /** The event ids, and per scope and scope id the (event_id, date) rows of the events addressed to it. */
    private record Lookup(Set<String> ids, Map<String, Map<String, List<Row>>> byScope) implements Serializable {
    }

    private final Broadcast<Lookup> lookup;

    private MeetingAudiences(Broadcast<Lookup> lookup) {
        this.lookup = lookup;
    }

    /** The meetings as lookups for Spark jobs of {@code spark}. */
    public static MeetingAudiences of(SparkSession spark, List<Meeting> meetings) {
        Set<String> ids = new HashSet<>();
        Map<String, Map<String, List<Row>>> byScope = new HashMap<>();
        for (Meeting m : meetings) {
            if (m.eventId() == null) {
                continue;
            }
            ids.add(m.eventId());
            // A null scope, scope id or date matches no member row in the join this stands for.
            if (m.scope() != null && m.scopeId() != null && m.date() != null) {
                byScope.computeIfAbsent(m.scope(), s -> new HashMap<>())
                        .computeIfAbsent(m.scopeId(), s -> new ArrayList<>())
                        .add(RowFactory.create(m.eventId(), m.date()));
            }
        }
        return new MeetingAudiences(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new Lookup(ids, byScope)));
    }

    /**
     * The events of {@code events} (any types) collected in one Spark job: id, date of the start, audience scope and
     * its id ({@link #scopeId}: a branch-wide event without a branch stops the job).
     */
    public static MeetingAudiences collect(Dataset<Row> events) {
        List<Meeting> meetings = new ArrayList<>();
        for (Row r : events.select(col(Events.EVENT_ID), EventCalendar.date(), col(Events.AUDIENCE), scopeId())
                .collectAsList()) {
            meetings.add(new Meeting(r.getString(0), r.getDate(1), r.getString(2), r.getString(3)));
        }
        return of(events.sparkSession(), meetings);
    }

    /** Whether the event in {@code eventId} is one of these (false for null), as a semi join with their ids. */
    public Column holds(Column eventId) {
        Broadcast<Lookup> b = lookup;
        return udf((UDF1<String, Boolean>) id -> id != null && b.value().ids().contains(id), DataTypes.BooleanType)
                .apply(eventId);
    }

    /**
     * event_id, member_key of each event and member row of {@code audienceMembers} addressed by it: same scope and
     * scope id, and the event's date within the row's validity; a member may repeat (one row per matching scope and
     * member row), as the join of events and member rows gave.
     *
     * @param audienceMembers member_key, valid_from, valid_to and the member row's scope and scope id in the columns
     *                        named by {@code scope} and {@code scopeId}
     */
    Dataset<Row> audience(Dataset<Row> audienceMembers, String scope, String scopeId) {
        Broadcast<Lookup> b = lookup;
        Column events = udf((UDF2<String, String, List<Row>>) (s, id) -> {
            if (s == null || id == null) {
                return null;
            }
            return b.value().byScope().getOrDefault(s, Map.of()).get(id);
        }, DataTypes.createArrayType(EVENT_STRUCT, false)).apply(col(scope), col(scopeId));
        Column date = col(EVENT + "." + EventCalendar.DATE);
        return audienceMembers.withColumn(EVENT, explode(events))
                .where(heldOn(date))
                .select(col(EVENT + "." + Events.EVENT_ID).as(Events.EVENT_ID), col(Members.MEMBER_KEY));
    }

    /** Whether the member row beside it (valid_from, valid_to; open when null) holds on {@code date}. */
    static Column heldOn(Column date) {
        return col(Members.VALID_FROM).leq(date)
                .and(col(Members.VALID_TO).isNull().or(date.leq(col(Members.VALID_TO))));
    }

    /**
     * The id the audience refers to: the branch for audience branch, the organizer unit for audience unit, none for
     * invited. A branch-wide event without a branch cannot say who was expected, so it stops the job.
     */
    public static Column scopeId() {
        Column audience = col(Events.AUDIENCE);
        return when(audience.equalTo(Codes.AUDIENCE_BRANCH),
                when(col(Events.BRANCH_ID).isNull(), raise_error(concat(lit("warehouse/events: event_id '"),
                        col(Events.EVENT_ID), lit("' has audience 'branch' but no branch_id"))).cast("string"))
                        .otherwise(col(Events.BRANCH_ID)))
                .when(audience.equalTo(Codes.AUDIENCE_UNIT), col(Events.ORGANIZER_UNIT_ID));
    }
}

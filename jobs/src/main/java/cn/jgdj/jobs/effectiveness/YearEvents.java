package cn.jgdj.jobs.effectiveness;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.events.MeetingAudiences;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The analysis year's trainings and branch meetings, collected to the driver in one Spark job (one projection for
 * both) and looked up by event id in hash maps shipped as a Spark broadcast variable. Each of them was a broadcast
 * join of an events projection before, a Spark job each; a county's year has tens of thousands of events at most.
 */
final class YearEvents {
    /** A training's program (event type) and panel month. */
    static final StructType TRAINING = DataTypes.createStructType(List.of(
            DataTypes.createStructField(MemberMonthPanel.KIND, DataTypes.StringType, false),
            DataTypes.createStructField(MemberMonthPanel.MONTH, DataTypes.IntegerType, false)));

    private final Broadcast<Map<String, Row>> trainings;
    private final Broadcast<Map<String, Integer>> meetingMonths;
    private final MeetingAudiences meetings;

    private YearEvents(Broadcast<Map<String, Row>> trainings, Broadcast<Map<String, Integer>> meetingMonths,
                       MeetingAudiences meetings) {
        this.trainings = trainings;
        this.meetingMonths = meetingMonths;
        this.meetings = meetings;
    }

    /**
     * The events of {@code events} (the analysis year's) that the panel counts: trainings (a program's event
     * starting in the analysis year, up to the panel's last month) and meetings (a cadence type starting within the
     * panel's months), with their panel month; a meeting's audience scope and its id as the participation table
     * reads them (a branch-wide meeting without a branch stops the job).
     */
    static YearEvents collect(Dataset<Row> events, PanelSpan span) {
        Column start = to_date(col(Events.START_TIME));
        Date from = Date.valueOf(span.first().atDay(1));
        Date to = Date.valueOf(span.last().atEndOfMonth());
        Column training = col(Events.EVENT_TYPE).isin(Effectiveness.PROGRAMS.toArray())
                .and(year(start).equalTo(span.year())).and(start.leq(to));
        Column meeting = col(Events.EVENT_TYPE).isin(Codes.CADENCE_TYPES.toArray()).and(start.between(from, to));
        Map<String, Row> trainingOf = new HashMap<>();
        Map<String, Integer> monthOf = new HashMap<>();
        List<MeetingAudiences.Meeting> audiences = new ArrayList<>();
        for (Row r : events.where(training.or(meeting))
                .select(col(Events.EVENT_ID), col(Events.EVENT_TYPE), start, MemberMonthPanel.index(start, span),
                        training, meeting, when(meeting, col(Events.AUDIENCE)),
                        when(meeting, MeetingAudiences.scopeId()))
                .collectAsList()) {
            String id = r.getString(0);
            // A null id or month joins nothing in the joins these lookups stand for.
            if (id == null) {
                continue;
            }
            if (!r.isNullAt(4) && r.getBoolean(4) && !r.isNullAt(3)) {
                trainingOf.put(id, RowFactory.create(r.getString(1), r.getInt(3)));
            }
            if (!r.isNullAt(5) && r.getBoolean(5)) {
                monthOf.put(id, r.getInt(3));
                audiences.add(new MeetingAudiences.Meeting(id, r.getDate(2), r.getString(6), r.getString(7)));
            }
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(events.sparkSession().sparkContext());
        return new YearEvents(sc.broadcast(trainingOf), sc.broadcast(monthOf),
                MeetingAudiences.of(events.sparkSession(), audiences));
    }

    /** The training's program and month (struct {@link #TRAINING}) of the event in {@code eventId}, else null. */
    Column training(Column eventId) {
        Broadcast<Map<String, Row>> b = trainings;
        return udf((UDF1<String, Row>) id -> id == null ? null : b.value().get(id), TRAINING).apply(eventId);
    }

    /** The panel month of the meeting in {@code eventId}, else null. */
    Column meetingMonth(Column eventId) {
        Broadcast<Map<String, Integer>> b = meetingMonths;
        return udf((UDF1<String, Integer>) id -> id == null ? null : b.value().get(id), DataTypes.IntegerType)
                .apply(eventId);
    }

    /** The meetings, for {@code ParticipationJob.expectedPerMember}. */
    MeetingAudiences meetings() {
        return meetings;
    }
}

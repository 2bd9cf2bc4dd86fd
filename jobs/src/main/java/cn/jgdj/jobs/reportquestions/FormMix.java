package cn.jgdj.jobs.reportquestions;

import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.CLASS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.DIMENSIONS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.FORM;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.FORMS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.HOURS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.HOURS_SHARE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.LECTURE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.MEETING;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.MEMBERS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.MEMBERS_REACHED;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.ONLINE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.ONSITE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.REACHED_RATE;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.io.PublishedOrder;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * training_mix per year × dimension (all, age band, role, mobility) × group × form: the group's eligible members,
 * the credited 学时 each form brought them (dated in their year window), the form's share of the group's hours,
 * and how many members got any credit from it. Forms: an event held online (and platform minutes, when the rules
 * credit them) is online whatever its type; otherwise the event type decides ({@link #FORM_OF_TYPE}). Groups under
 * the minimum cell size are marked suppressed.
 */
final class FormMix {
    private FormMix() {
    }

    /** The form of an event type attended in person or hybrid. */
    static final Map<String, String> FORM_OF_TYPE = formOfType();

    private static final String PAIR = "_pair";
    private static final String MODE = "_mode";
    private static final String EVENT = "_event";
    private static final String TOTAL = "_total";
    private static final String DATE = "_date";
    private static final String CREDIT = "_credit";

    private static Map<String, String> formOfType() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : List.of(Codes.BRANCH_GENERAL_MEETING, Codes.BRANCH_COMMITTEE_MEETING, Codes.GROUP_MEETING,
                Codes.THEME_PARTY_DAY, Codes.THEORY_STUDY_GROUP)) {
            m.put(t, MEETING);
        }
        m.put(Codes.ROTATION_TRAINING, CLASS);
        m.put(Codes.TRAINING_CLASS, CLASS);
        m.put(Codes.ONSITE_TEACHING, ONSITE);
        m.put(Codes.PARTY_LECTURE, LECTURE);
        m.put(Codes.SPECIAL_LECTURE, LECTURE);
        return Map.copyOf(m);
    }

    /**
     * @param memberPeriods work/member_periods (the year rows are used)
     * @param credited      work/credited_hours
     */
    static Dataset<Row> table(Dataset<Row> memberPeriods, Dataset<Row> credited, Dataset<Row> events,
                              int minCellSize) {
        Dataset<Row> yearRows = memberPeriods.where(length(col(MemberPeriods.PERIOD)).equalTo(4));
        List<Column> attributes = new ArrayList<>(List.of(col(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY)));
        DIMENSIONS.stream().filter(d -> !Dimensions.ALL.equals(d)).forEach(d -> attributes.add(col(d)));
        Dataset<Row> members = yearRows.select(attributes.toArray(Column[]::new));
        Dataset<Row> groups = byDimension(members).groupBy(col(Indicators.PERIOD), col(Indicators.DIMENSION),
                col(Indicators.GROUP)).agg(count(lit(1)).as(MEMBERS));

        Column online = col(MODE).equalTo("online")
                .or(col(CreditedHours.EVENT_TYPE).equalTo(CreditedHours.PLATFORM_EVENT_TYPE));
        Column form = when(online, lit(ONLINE));
        for (Map.Entry<String, String> e : FORM_OF_TYPE.entrySet()) {
            form = form.when(col(CreditedHours.EVENT_TYPE).equalTo(e.getKey()), lit(e.getValue()));
        }
        // Credits dated in the member's year window (cut at the as-of day), summed per member and form.
        Dataset<Row> memberForms = credited
                .join(events.select(col(Events.EVENT_ID).as(EVENT), col(Events.MODE).as(MODE)),
                        col(CreditedHours.EVENT_ID).equalTo(col(EVENT)), "left")
                .select(col(CreditedHours.YEAR).cast("string").as(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY),
                        col(CreditedHours.DATE).as(DATE), form.as(FORM), col(CreditedHours.CREDIT_HOURS).as(CREDIT))
                .join(yearRows.select(col(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY),
                                col(MemberPeriods.WINDOW_START), col(MemberPeriods.WINDOW_END)),
                        new String[] {MemberPeriods.PERIOD, WorkTables.MEMBER_KEY})
                .where(col(DATE).between(col(MemberPeriods.WINDOW_START), col(MemberPeriods.WINDOW_END)))
                .groupBy(col(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY), col(FORM))
                .agg(sum(col(CREDIT)).as(HOURS))
                .where(col(HOURS).gt(0));
        Dataset<Row> byForm = byDimension(members.join(memberForms,
                        new String[] {MemberPeriods.PERIOD, WorkTables.MEMBER_KEY}))
                .groupBy(col(Indicators.PERIOD), col(Indicators.DIMENSION), col(Indicators.GROUP), col(FORM))
                .agg(sum(col(HOURS)).as(HOURS), count(lit(1)).as(MEMBERS_REACHED));

        Dataset<Row> forms = groups.sparkSession().createDataset(FORMS,
                org.apache.spark.sql.Encoders.STRING()).toDF(FORM);
        Column hours = coalesce(col(HOURS), lit(0.0));
        Column reached = coalesce(col(MEMBERS_REACHED), lit(0L));
        return PublishedOrder.sorted(groups.crossJoin(forms)
                .join(byForm, new String[] {Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP, FORM}, "left")
                .withColumn(TOTAL, sum(hours).over(org.apache.spark.sql.expressions.Window.partitionBy(
                        col(Indicators.PERIOD), col(Indicators.DIMENSION), col(Indicators.GROUP))))
                .select(col(Indicators.PERIOD), col(Indicators.DIMENSION), col(Indicators.GROUP), col(FORM),
                        col(MEMBERS), hours.as(HOURS),
                        when(col(TOTAL).gt(0), hours.divide(col(TOTAL))).as(HOURS_SHARE),
                        reached.as(MEMBERS_REACHED),
                        reached.cast("double").divide(col(MEMBERS).cast("double")).as(REACHED_RATE),
                        col(MEMBERS).lt(minCellSize).as(Indicators.SUPPRESSED)),
                col(Indicators.PERIOD), DimensionGroups.positionIn(DIMENSIONS, col(Indicators.DIMENSION)),
                        col(Indicators.GROUP), DimensionGroups.positionIn(FORMS, col(FORM)));
    }

    /** One row per input row and dimension of {@link cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix#DIMENSIONS}. */
    private static Dataset<Row> byDimension(Dataset<Row> rows) {
        List<Column> pairs = new ArrayList<>();
        for (String d : DIMENSIONS) {
            Column group = Dimensions.ALL.equals(d) ? lit(Dimensions.ALL)
                    : coalesce(col(d).cast("string"), lit(DimensionGroups.UNKNOWN));
            pairs.add(struct(lit(d).as(Indicators.DIMENSION), group.as(Indicators.GROUP)));
        }
        return rows.withColumn(PAIR, explode(array(pairs.toArray(Column[]::new))))
                .withColumn(Indicators.DIMENSION, col(PAIR + "." + Indicators.DIMENSION))
                .withColumn(Indicators.GROUP, col(PAIR + "." + Indicators.GROUP))
                .drop(PAIR);
    }
}

package cn.jgdj.jobs.reportquestions;

import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.CLASS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.DIMENSIONS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.FORM;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.HOURS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.LECTURE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.MEETING;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.ONLINE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.ONSITE;
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
import org.apache.spark.sql.SparkSession;

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

    /** The table from the collected {@link #cells}. */
    static Dataset<Row> table(SparkSession spark, List<Row> cells, int minCellSize) {
        return spark.createDataFrame(FormRows.of(cells, minCellSize), FormRows.SCHEMA);
    }

    /**
     * One aggregation per year, dimension, group and form ({@link FormRows#CELLS}): with no form, the group's
     * eligible members; with a form, the hours it brought the group's members and how many got any. The members
     * and their credits per form go through the same exchange (a union, not a join of groups with forms).
     *
     * @param memberPeriods work/member_periods (the year rows are used)
     * @param credited      work/credited_hours
     */
    static Dataset<Row> cells(Dataset<Row> memberPeriods, Dataset<Row> credited, Dataset<Row> events) {
        Dataset<Row> yearRows = memberPeriods.where(length(col(MemberPeriods.PERIOD)).equalTo(4));
        List<Column> dimensions = new ArrayList<>();
        DIMENSIONS.stream().filter(d -> !Dimensions.ALL.equals(d)).forEach(d -> dimensions.add(col(d)));
        List<Column> attributes = new ArrayList<>(List.of(col(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY)));
        attributes.addAll(dimensions);
        Dataset<Row> members = yearRows.select(attributes.toArray(Column[]::new));

        Column online = col(MODE).equalTo("online")
                .or(col(CreditedHours.EVENT_TYPE).equalTo(CreditedHours.PLATFORM_EVENT_TYPE));
        Column form = when(online, lit(ONLINE));
        for (Map.Entry<String, String> e : FORM_OF_TYPE.entrySet()) {
            form = form.when(col(CreditedHours.EVENT_TYPE).equalTo(e.getKey()), lit(e.getValue()));
        }
        // Credits dated in the member's year window (cut at the as-of day), summed per member and form; the
        // member's dimension columns come with the window (one year row per member), so no second join. Credits
        // of no form would match no form of the table: they are left out here.
        List<Column> windowed = new ArrayList<>(attributes);
        windowed.add(col(MemberPeriods.WINDOW_START));
        windowed.add(col(MemberPeriods.WINDOW_END));
        List<Column> perMember = new ArrayList<>(attributes);
        perMember.add(col(FORM));
        Dataset<Row> memberForms = credited
                .join(events.select(col(Events.EVENT_ID).as(EVENT), col(Events.MODE).as(MODE)),
                        col(CreditedHours.EVENT_ID).equalTo(col(EVENT)), "left")
                .select(col(CreditedHours.YEAR).cast("string").as(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY),
                        col(CreditedHours.DATE).as(DATE), form.as(FORM), col(CreditedHours.CREDIT_HOURS).as(CREDIT))
                .where(col(FORM).isNotNull())
                .join(yearRows.select(windowed.toArray(Column[]::new)),
                        new String[] {MemberPeriods.PERIOD, WorkTables.MEMBER_KEY})
                .where(col(DATE).between(col(MemberPeriods.WINDOW_START), col(MemberPeriods.WINDOW_END)))
                .groupBy(perMember.toArray(Column[]::new))
                .agg(sum(col(CREDIT)).as(HOURS))
                .where(col(HOURS).gt(0));

        Dataset<Row> memberRows = byDimension(members).select(col(Indicators.PERIOD), col(Indicators.DIMENSION),
                col(Indicators.GROUP), lit(null).cast("string").as(FORM), lit(null).cast("double").as(HOURS));
        Dataset<Row> creditRows = byDimension(memberForms).select(col(Indicators.PERIOD), col(Indicators.DIMENSION),
                col(Indicators.GROUP), col(FORM), col(HOURS));
        return memberRows.unionByName(creditRows)
                .groupBy(col(Indicators.PERIOD), col(Indicators.DIMENSION), col(Indicators.GROUP), col(FORM))
                .agg(count(lit(1)).as(COUNT), sum(col(HOURS)).as(HOURS))
                .select(FormRows.CELLS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    private static final String COUNT = "_count";

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

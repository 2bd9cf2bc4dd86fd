package cn.jgdj.jobs.reportquestions;

import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.CLASS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.DIMENSIONS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.FORM;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.FORMS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.HOURS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.LECTURE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.MEETING;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.ONLINE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.ONSITE;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.driverside.PartitionTotals;
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
     * One total per year, dimension, group and form ({@link FormRows#CELLS}): with no form, the group's eligible
     * members; with a form, the hours it brought the group's members and how many got any. The members and their
     * credits per form are one union (not a join of groups with forms), totalled by {@link PartitionTotals} beside
     * the job's other small groupings; {@link #cells} then checks them.
     *
     * <p>Credits count when dated in the member's year window (member_periods' year row). They are summed per member
     * and year before they meet the windows ({@link #perMemberYear}), so a county's millions of credit rows are
     * reduced before any shuffle; a member and year whose credits all lie in the window (their first and last date
     * in it) take the sums as they are.
     *
     * @param memberPeriods work/member_periods (the year rows are used)
     * @param credited      work/credited_hours
     */
    static PartitionTotals.Grouping perMemberYearCells(Dataset<Row> memberPeriods, Dataset<Row> credited,
                                                       Dataset<Row> events) {
        Inputs in = new Inputs(memberPeriods, credited, events);
        return totals(in.memberRows(), perMemberYear(in.formCredits(), in.windows(), in.attributes()));
    }

    /**
     * The cells from the collected {@link #perMemberYearCells}. Should any member have a credit outside the window,
     * the cells are made again from the credit rows, each checked against the window ({@link #perCreditRow}).
     */
    static List<Row> cells(List<Row> perMemberYear, Dataset<Row> memberPeriods, Dataset<Row> credited,
                           Dataset<Row> events) {
        if (perMemberYear.stream().noneMatch(c -> OUTSIDE_WINDOW.equals(c.getString(3)))) {
            return perMemberYear;
        }
        Inputs in = new Inputs(memberPeriods, credited, events);
        PartitionTotals.Grouping exact = totals(in.memberRows(), perCreditRow(in.formCredits(), in.windows(),
                in.attributes()));
        return PartitionTotals.of(exact.rows(), exact.keys(), exact.longs(), exact.doubles());
    }

    /** The rows both passes of the cells start from. */
    private record Inputs(List<Column> attributes, Dataset<Row> windows, Dataset<Row> memberRows,
                          Dataset<Row> formCredits) {
        Inputs(Dataset<Row> memberPeriods, Dataset<Row> credited, Dataset<Row> events) {
            this(attributesOfMembers(), windowsOf(memberPeriods), memberRowsOf(memberPeriods),
                    FormMix.formCredits(credited, events));
        }

        /** Year, member_key and each dimension's column but all. */
        private static List<Column> attributesOfMembers() {
            List<Column> attributes = new ArrayList<>(List.of(col(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY)));
            DIMENSIONS.stream().filter(d -> !Dimensions.ALL.equals(d)).forEach(d -> attributes.add(col(d)));
            return attributes;
        }

        private static Dataset<Row> yearRows(Dataset<Row> memberPeriods) {
            return memberPeriods.where(length(col(MemberPeriods.PERIOD)).equalTo(4));
        }

        private static Dataset<Row> windowsOf(Dataset<Row> memberPeriods) {
            List<Column> windowed = new ArrayList<>(attributesOfMembers());
            windowed.add(col(MemberPeriods.WINDOW_START));
            windowed.add(col(MemberPeriods.WINDOW_END));
            return yearRows(memberPeriods).select(windowed.toArray(Column[]::new));
        }

        private static Dataset<Row> memberRowsOf(Dataset<Row> memberPeriods) {
            return byDimension(yearRows(memberPeriods).select(attributesOfMembers().toArray(Column[]::new)))
                    .select(col(Indicators.PERIOD), col(Indicators.DIMENSION), col(Indicators.GROUP),
                            lit(null).cast("string").as(FORM), lit(null).cast("double").as(HOURS));
        }
    }

    /** The form a member's credits of an outside-window member and year are marked with (never a cell's form). */
    static final String OUTSIDE_WINDOW = "_outside_window";
    private static final String FIRST = "_first";
    private static final String LAST = "_last";
    private static final String UNDATED = "_undated";
    private static final String FORM_HOURS = "_form_hours";

    /** period (the credit's year), member_key, date, form and credit hours of each credit row with a form. */
    private static Dataset<Row> formCredits(Dataset<Row> credited, Dataset<Row> events) {
        Column online = col(MODE).equalTo("online")
                .or(col(CreditedHours.EVENT_TYPE).equalTo(CreditedHours.PLATFORM_EVENT_TYPE));
        Column form = when(online, lit(ONLINE));
        for (Map.Entry<String, String> e : FORM_OF_TYPE.entrySet()) {
            form = form.when(col(CreditedHours.EVENT_TYPE).equalTo(e.getKey()), lit(e.getValue()));
        }
        // Credits of no form would match no form of the table: they are left out here.
        return credited
                .join(events.select(col(Events.EVENT_ID).as(EVENT), col(Events.MODE).as(MODE)),
                        col(CreditedHours.EVENT_ID).equalTo(col(EVENT)), "left")
                .select(col(CreditedHours.YEAR).cast("string").as(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY),
                        col(CreditedHours.DATE).as(DATE), form.as(FORM), col(CreditedHours.CREDIT_HOURS).as(CREDIT))
                .where(col(FORM).isNotNull());
    }

    /**
     * The attributes, form and hours (above 0) of each member and form, from one aggregation per member and year:
     * each form's hours as a conditional sum (the same additions, in the same order, as a sum per member and form),
     * with the first and last credit date. It is grouped by the join's keys, so the windows meet it without another
     * shuffle. A member and year with a credit outside the window gives one row of form {@link #OUTSIDE_WINDOW}.
     */
    private static Dataset<Row> perMemberYear(Dataset<Row> formCredits, Dataset<Row> windows,
                                              List<Column> attributes) {
        // An undated credit is in no window: its member and year take the exact path.
        List<Column> sums = new ArrayList<>(List.of(min(col(DATE)).as(FIRST), max(col(DATE)).as(LAST),
                max(col(DATE).isNull()).as(UNDATED)));
        List<Column> perForm = new ArrayList<>();
        for (String f : FORMS) {
            sums.add(sum(when(col(FORM).equalTo(f), col(CREDIT))).as(FORM_HOURS + f));
            perForm.add(struct(lit(f).as(FORM), col(FORM_HOURS + f).as(HOURS)));
        }
        Column inWindow = not(col(UNDATED)).and(col(FIRST).geq(col(MemberPeriods.WINDOW_START)))
                .and(col(LAST).leq(col(MemberPeriods.WINDOW_END)));
        Column outside = array(struct(lit(OUTSIDE_WINDOW).as(FORM), lit(null).cast("double").as(HOURS)));
        List<Column> out = new ArrayList<>(attributes);
        out.add(explode(when(inWindow, array(perForm.toArray(Column[]::new))).otherwise(outside)).as(FORM_HOURS));
        List<Column> flat = new ArrayList<>(attributes);
        flat.add(col(FORM_HOURS + "." + FORM).as(FORM));
        flat.add(col(FORM_HOURS + "." + HOURS).as(HOURS));
        return formCredits.groupBy(col(MemberPeriods.PERIOD), col(WorkTables.MEMBER_KEY))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new))
                .join(windows, new String[] {MemberPeriods.PERIOD, WorkTables.MEMBER_KEY})
                .select(out.toArray(Column[]::new))
                .select(flat.toArray(Column[]::new))
                .where(col(HOURS).gt(0).or(col(FORM).equalTo(OUTSIDE_WINDOW)));
    }

    /**
     * The same rows from each credit row checked against its member's window, then summed per member and form: the
     * exact path when some credit lies outside a window.
     */
    private static Dataset<Row> perCreditRow(Dataset<Row> formCredits, Dataset<Row> windows,
                                             List<Column> attributes) {
        List<Column> perMember = new ArrayList<>(attributes);
        perMember.add(col(FORM));
        return formCredits.join(windows, new String[] {MemberPeriods.PERIOD, WorkTables.MEMBER_KEY})
                .where(col(DATE).between(col(MemberPeriods.WINDOW_START), col(MemberPeriods.WINDOW_END)))
                .groupBy(perMember.toArray(Column[]::new))
                .agg(sum(col(CREDIT)).as(HOURS))
                .where(col(HOURS).gt(0));
    }

    /**
     * A few hundred cells whatever the county's size: totalled per partition and merged on the driver, not shuffled
     * to a final aggregation (one Spark job fewer).
     */
    private static PartitionTotals.Grouping totals(Dataset<Row> memberRows, Dataset<Row> memberForms) {
        Dataset<Row> creditRows = byDimension(memberForms).select(col(Indicators.PERIOD), col(Indicators.DIMENSION),
                col(Indicators.GROUP), col(FORM), col(HOURS));
        return new PartitionTotals.Grouping(memberRows.unionByName(creditRows),
                List.of(col(Indicators.PERIOD), col(Indicators.DIMENSION), col(Indicators.GROUP), col(FORM)),
                List.of(), List.of(col(HOURS)));
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

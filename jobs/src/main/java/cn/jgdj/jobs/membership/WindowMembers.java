package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.rules.RuleSet;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Who is counted in each window, once per member: the member's last included row in the window gives the group
 * attributes and the role requirement, age is taken at the window's last day, and the requirement is pro-rated by
 * the calendar months of the requirement span with an included day.
 */
public final class WindowMembers {
    private WindowMembers() {
    }

    /** Months of the requirement span with an included day (the pro-rating numerator). */
    public static final String REQUIREMENT_MONTHS = "requirement_months";
    /** Months of the window itself with an included day. */
    public static final String WINDOW_MONTHS = "window_months";

    private static final Date OPEN_END = Date.valueOf("9999-12-31");
    private static final String VALID_UNTIL = "_valid_until";
    private static final String LAST_ROW = "_last_row";
    private static final String IN_WINDOW_FROM = "_in_window_from";
    private static final String IN_WINDOW_TO = "_in_window_to";
    private static final String DAY = "_day";

    private static final UserDefinedFunction AGE_BAND =
            udf((UDF1<Integer, String>) age -> age == null ? null : Dimensions.ageBand(age), DataTypes.StringType);

    /**
     * One row per member and window in which one of the member's included rows overlaps the window: period,
     * window_start, window_end, member_key, the group attributes (WorkTables.GROUP_ATTRIBUTES, as strings),
     * branch_id, requirement, {@link #REQUIREMENT_MONTHS}, {@link #WINDOW_MONTHS}, rules_year.
     *
     * @param windows a table with {@link PeriodWindows#SCHEMA}
     */
    public static Dataset<Row> of(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                  Dataset<Row> windows, Rules rules, Population population) {
        Column rulesYear = col(PeriodWindows.RULES_YEAR);
        // The branches' units looked up (one Spark job for both tables), not joined (a broadcast job per table).
        Dataset<Row> rows = PeriodWindows.joined(UnitLookup.withUnits(HeldValidity.of(members), branches, units)
                        .withColumn(VALID_UNTIL, coalesce(col(Members.VALID_TO), lit(OPEN_END))), windows,
                        col(Members.VALID_FROM).leq(col(PeriodWindows.REQUIREMENT_END))
                                .and(col(VALID_UNTIL).geq(col(PeriodWindows.REQUIREMENT_START))))
                .filter(population.includes(rules, rulesYear))
                .withColumn(IN_WINDOW_FROM, greatest(col(Members.VALID_FROM), col(PeriodWindows.WINDOW_START)))
                .withColumn(IN_WINDOW_TO, least(col(VALID_UNTIL), col(PeriodWindows.WINDOW_END)));

        // One aggregation per member and window (the rows are already clustered by member after HeldValidity, so
        // it needs no further shuffle): the attributes of the last row that touches the window itself, and the
        // months with an included day as bit masks (bit i = i-th month of the pro-rating span, at most 12), OR-ed
        // over the member's rows, so a month two rows share counts once.
        Column inWindow = col(IN_WINDOW_FROM).leq(col(IN_WINDOW_TO));
        Column spanStart = col(PeriodWindows.REQUIREMENT_START);
        Column requirementMask = monthMask(greatest(col(Members.VALID_FROM), spanStart),
                least(col(VALID_UNTIL), col(PeriodWindows.REQUIREMENT_END)), spanStart);
        Column windowMask = when(inWindow, monthMask(col(IN_WINDOW_FROM), col(IN_WINDOW_TO), spanStart))
                .otherwise(lit(0L));
        Dataset<Row> perMember = rows
                .groupBy(col(Members.MEMBER_KEY), col(PeriodWindows.PERIOD), col(PeriodWindows.WINDOW_START),
                        col(PeriodWindows.WINDOW_END), col(PeriodWindows.RULES_YEAR))
                // max_by skips rows whose ordering is null: only rows touching the window give attributes.
                .agg(max_by(struct(attributeColumns().toArray(Column[]::new)),
                                when(inWindow, col(Members.VALID_FROM))).as(LAST_ROW),
                        bit_or(requirementMask).as(REQUIREMENT_MONTHS),
                        bit_or(windowMask).as(WINDOW_MONTHS))
                // A member whose included rows touch the pro-rating span but not the window is not counted in it.
                .filter(col(LAST_ROW).isNotNull())
                .select(col(Members.MEMBER_KEY), col(PeriodWindows.PERIOD), col(PeriodWindows.WINDOW_START),
                        col(PeriodWindows.WINDOW_END), col(PeriodWindows.RULES_YEAR), col(LAST_ROW + ".*"),
                        bit_count(col(REQUIREMENT_MONTHS)).cast("int").as(REQUIREMENT_MONTHS),
                        bit_count(col(WINDOW_MONTHS)).cast("int").as(WINDOW_MONTHS));

        Column base = when(col(Dimensions.ROLE).equalTo(Codes.SECRETARY),
                rules.byYear(rulesYear, RuleSet::secretaryRequirementHours))
                .otherwise(rules.byYear(rulesYear, RuleSet::requirementHours));
        Column prorated = floor(base.multiply(col(REQUIREMENT_MONTHS)).plus(11).divide(12)).cast("int");
        Column requirement = when(rules.byYear(rulesYear, RuleSet::prorateByMonth), prorated)
                .otherwise(base).cast("int");

        return perMember.withColumn(MemberPeriods.REQUIREMENT, requirement)
                .select(outputColumns().toArray(Column[]::new));
    }

    /**
     * The training population of each window with its credited hours: {@link #of} ({@link Population#TRAINING})
     * then {@link #withHours}. The one per-member step work/member_periods and the follow-up list share (they differ
     * only in their windows); the group-rate tables start from its rows ({@code cn.jgdj.jobs.groups.GroupRates}).
     *
     * @param windows a table with {@link PeriodWindows#SCHEMA}
     */
    public static Dataset<Row> trainingWithHours(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                                 Dataset<Row> windows, Dataset<Row> credited, Rules rules) {
        return withHours(of(members, branches, units, windows, rules, Population.TRAINING), windows, credited);
    }

    /**
     * Adds `hours`: the credited hours dated in each row's window (all of the member's credits, including those
     * earned while not included). Sums exactly in decimal so that 31.9999… never stands for 32.
     *
     * @param windows the windows of {@code windowMembers} (PeriodWindows.SCHEMA)
     */
    public static Dataset<Row> withHours(Dataset<Row> windowMembers, Dataset<Row> windows, Dataset<Row> credited) {
        List<String> key = List.of(Members.MEMBER_KEY, PeriodWindows.PERIOD);
        // A small (day, period) bridge turns "date within the window" into an equi-join: each credit meets only the
        // windows holding its day, instead of every credit meeting every window of its member.
        // Windows made on the driver: the bridge as a literal array indexed by day (WindowDays; no broadcast job).
        Dataset<Row> paired = WindowDays.periodsOf(windows, col(CreditedHours.DATE))
                .map(periods -> credited.withColumn(PeriodWindows.PERIOD, explode(periods)))
                .orElseGet(() -> credited.join(broadcast(windows.select(col(PeriodWindows.PERIOD), explode(sequence(
                        col(PeriodWindows.WINDOW_START), col(PeriodWindows.WINDOW_END), expr("interval 1 day")))
                        .as(DAY))), col(CreditedHours.DATE).equalTo(col(DAY))));
        Dataset<Row> hours = paired
                .groupBy(key.stream().map(k -> col(k)).toArray(Column[]::new))
                .agg(sum(col(CreditedHours.CREDIT_HOURS).cast("decimal(18,4)")).cast("double")
                        .as(MemberPeriods.HOURS));
        return windowMembers.join(hours, key.toArray(String[]::new), "left")
                .withColumn(MemberPeriods.HOURS, coalesce(col(MemberPeriods.HOURS), lit(0.0)));
    }

    /** Members with their branch's unit (column `unit`) and that unit's type. */
    public static Dataset<Row> withUnits(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units) {
        Dataset<Row> b = branches.select(col(Branches.BRANCH_ID).as("_branch"), col(Branches.UNIT_ID).as(Dimensions.UNIT));
        Dataset<Row> u = units.select(col(Units.UNIT_ID).as("_unit"), col(Units.UNIT_TYPE).as(Dimensions.UNIT_TYPE));
        return members.join(b, col(Members.BRANCH_ID).equalTo(col("_branch")), "left").drop("_branch")
                .join(u, col(Dimensions.UNIT).equalTo(col("_unit")), "left").drop("_unit");
    }

    /** Bits first..last of a month mask: bit i stands for the i-th month from {@code spanStart}'s month. */
    private static Column monthMask(Column first, Column last, Column spanStart) {
        return call_function("shiftleft", lit(1L), monthIndex(last, spanStart).plus(1))
                .minus(call_function("shiftleft", lit(1L), monthIndex(first, spanStart)));
    }

    private static Column monthIndex(Column day, Column spanStart) {
        return year(day).minus(year(spanStart)).multiply(12).plus(month(day)).minus(month(spanStart));
    }

    /** Attributes of the last included row, as strings named after their dimension. */
    private static List<Column> attributeColumns() {
        Column end = col(PeriodWindows.WINDOW_END);
        Column birth = col(Members.BIRTH_DATE);
        Column birthdayNotYet = month(end).multiply(100).plus(dayofmonth(end))
                .lt(month(birth).multiply(100).plus(dayofmonth(birth)));
        Column age = year(end).minus(year(birth)).minus(when(birthdayNotYet, 1).otherwise(0)).cast("int");
        List<Column> attrs = new ArrayList<>();
        attrs.add(AGE_BAND.apply(age).as(Dimensions.AGE_BAND));
        attrs.add(col(Members.GENDER).as(Dimensions.GENDER));
        attrs.add(col(Members.EDUCATION).as(Dimensions.EDUCATION));
        attrs.add(col(Members.MEMBER_TYPE).as(Dimensions.MEMBER_TYPE));
        attrs.add(col(Members.ROLE).as(Dimensions.ROLE));
        attrs.add(col(Dimensions.UNIT_TYPE));
        attrs.add(col(Dimensions.UNIT));
        attrs.add(col(Members.BRANCH_ID).as(WorkTables.BRANCH_ID));
        attrs.add(col(Members.MOBILE).cast("string").as(Dimensions.MOBILE));
        attrs.add(col(Members.MOBILITY_IMPAIRED).cast("string").as(Dimensions.MOBILITY_IMPAIRED));
        return attrs;
    }

    private static List<Column> outputColumns() {
        List<Column> out = new ArrayList<>();
        out.add(col(PeriodWindows.PERIOD));
        out.add(col(PeriodWindows.WINDOW_START));
        out.add(col(PeriodWindows.WINDOW_END));
        out.add(col(Members.MEMBER_KEY));
        for (String a : WorkTables.GROUP_ATTRIBUTES) {
            out.add(col(a));
            if (Dimensions.UNIT.equals(a)) {
                out.add(col(WorkTables.BRANCH_ID));
            }
        }
        out.add(col(MemberPeriods.REQUIREMENT));
        out.add(col(REQUIREMENT_MONTHS));
        out.add(col(WINDOW_MONTHS));
        out.add(col(PeriodWindows.RULES_YEAR));
        return out;
    }
}

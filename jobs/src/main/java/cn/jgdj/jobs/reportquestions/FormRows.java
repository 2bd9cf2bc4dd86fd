package cn.jgdj.jobs.reportquestions;

import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.DIMENSIONS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.FORM;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.FORMS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.HOURS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.HOURS_SHARE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.MEMBERS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.MEMBERS_REACHED;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix.REACHED_RATE;

import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * training_mix's rows from the collected cells, on the driver (a few hundred rows): every group with eligible
 * members gets a row for each form of {@code FORMS}, 0 hours and 0 members reached when the form brought it none;
 * hours_share = the form's hours / the group's hours over the five forms (null when the group has none);
 * reached_rate = members reached / members; suppressed when the group has fewer members than the minimum cell size.
 * Ordered by period, dimension in {@code DIMENSIONS} order, group and form in {@code FORMS} order.
 *
 * <p>The hours arrive summed by Spark (per member, then per group, as before); only the group's total over its five
 * forms is added here, in {@code FORMS} order. Credits from event durations are whole and half hours, so those sums
 * are exact and no order can change them (the 10,000 × 5 and 2,000 × 3 CSVs are identical to the old plan's, whose
 * window sum added the five in an order Spark does not define). Credits that are not binary fractions (a declared
 * 1.2 h, platform minutes at 45 per hour) could differ from the old plan in the last bit of a share.
 */
final class FormRows {
    private FormRows() {
    }

    /**
     * The collected cells' columns: period, dimension, group, form (null on the group's own row), count (the group's
     * eligible members, or those the form reached) and hours (null on the group's row).
     */
    static final List<String> CELLS = List.of(Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP, FORM,
            PartitionTotals.ROWS, HOURS);

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, true),
            DataTypes.createStructField(Indicators.DIMENSION, DataTypes.StringType, true),
            DataTypes.createStructField(Indicators.GROUP, DataTypes.StringType, true),
            DataTypes.createStructField(FORM, DataTypes.StringType, true),
            DataTypes.createStructField(MEMBERS, DataTypes.LongType, true),
            DataTypes.createStructField(HOURS, DataTypes.DoubleType, true),
            DataTypes.createStructField(HOURS_SHARE, DataTypes.DoubleType, true),
            DataTypes.createStructField(MEMBERS_REACHED, DataTypes.LongType, true),
            DataTypes.createStructField(REACHED_RATE, DataTypes.DoubleType, true),
            DataTypes.createStructField(Indicators.SUPPRESSED, DataTypes.BooleanType, true)));

    private record Group(String period, String dimension, String group) {
    }

    private record Reach(double hours, long members) {
    }

    /** The years of the cells' groups (every year row of member_periods is in group all of dimension all). */
    static List<Integer> years(List<Row> cells) {
        return cells.stream().filter(c -> c.isNullAt(3) && Dimensions.ALL.equals(c.getString(1)))
                .map(c -> Integer.valueOf(c.getString(0))).distinct().sorted().toList();
    }

    static List<Row> of(List<Row> cells, int minCellSize) {
        Map<Group, Long> members = new HashMap<>();
        Map<Group, Map<String, Reach>> byForm = new HashMap<>();
        for (Row c : cells) {
            Group g = new Group(c.getString(0), c.getString(1), c.getString(2));
            if (c.isNullAt(3)) {
                members.put(g, c.getLong(4));
            } else {
                byForm.computeIfAbsent(g, k -> new HashMap<>()).put(c.getString(3),
                        new Reach(c.getDouble(5), c.getLong(4)));
            }
        }
        List<Group> groups = new ArrayList<>(members.keySet());
        groups.sort(Comparator.comparing(Group::period, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(g -> DIMENSIONS.indexOf(g.dimension()))
                .thenComparing(Group::group, Comparator.nullsFirst(Comparator.<String>naturalOrder())));
        List<Row> out = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Reach> reach = byForm.getOrDefault(g, Map.of());
            double total = 0.0;
            for (String form : FORMS) {
                total += reach.containsKey(form) ? reach.get(form).hours() : 0.0;
            }
            long n = members.get(g);
            for (String form : FORMS) {
                Reach r = reach.getOrDefault(form, new Reach(0.0, 0L));
                out.add(RowFactory.create(g.period(), g.dimension(), g.group(), form, n, r.hours(),
                        total > 0 ? r.hours() / total : null, r.members(), (double) r.members() / (double) n,
                        n < minCellSize));
            }
        }
        return out;
    }
}

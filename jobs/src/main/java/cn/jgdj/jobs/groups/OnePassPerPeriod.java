package cn.jgdj.jobs.groups;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.work.WorkTables;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * A whole group-rate table of the shape "members per group; per key value, the activity rows of its members and
 * one figure over a value of them (the exact sum of a decimal, or the exact median)" in one pass per period. The
 * member rows and the activity rows go through one shuffle together, by period, into as many partitions as the
 * cluster runs tasks at once, each partition sorted by period with a period's member rows before its activity
 * rows; Java then reads one period at a time: it maps each member to its group in every dimension, counts the
 * groups' members, and adds each activity row to its member's groups per key value.
 *
 * <p>The general path in {@link GroupRates} (explode the members by dimension and count; join the activity to the
 * members; explode again or shuffle the joined rows once more for the medians; cross join the groups with the key
 * values; join the figures) reads the member rows twice, so the plan computes them twice (for a job's window
 * members, the costliest step), shuffles them twice, and AQE makes every exchange a Spark job. The figures are the
 * same: the member rows per group; the activity rows of the group's members (as an inner join on member and
 * period: activity of a member without a row in the period, and key values not listed, do not count); the sum exact
 * in decimal, then a double as Spark casts it (0 for a group without activity), or the median as Spark's
 * {@code percentile(value, 0.5)} ({@link ExactMedians.Values}: nulls left out; null for a group without values).
 *
 * <p>Why a plain shuffle and a sort, not {@code groupByKey} or {@code cogroup} (tried in the sixth round): a key
 * function turns every row into a Java object before the shuffle only to read its period, and AQE coalesced the
 * small shuffle into one task, so each period ran on one core. Here nothing is deserialised before the shuffle, and
 * the partition number is given (Spark's default parallelism: the cores of a local run, every executor's cores on a
 * cluster), which AQE keeps. A task holds one period's members at a time (a map from member to group indexes,
 * about 200 bytes a member, plus the values of its medians): a few hundred MB for a province of a million members.
 */
final class OnePassPerPeriod {
    private OnePassPerPeriod() {
    }

    /** The figure computed over the activity rows of each group and key value. */
    enum Figure {
        /** The exact sum of a decimal value, as a double; 0.0 for a group without activity. */
        SUM,
        /** The exact median of a value as a double; null for a group without non-null values. */
        MEDIAN
    }

    private static final List<String> DIMENSIONS = Dimensions.ORDER.stream()
            .filter(d -> !Dimensions.ALL.equals(d)).toList();
    private static final String KIND = "_kind";
    private static final String AMOUNT = "_amount";
    /** Member rows sort before the activity rows of their period. */
    private static final int MEMBER_ROW = 0;
    private static final int ACTIVITY_ROW = 1;
    /** Column positions in the shuffled rows: period, kind, member, the dimensions, key, amount. */
    private static final int PERIOD_AT = 0;
    private static final int MEMBER_AT = 2;
    private static final int FIRST_DIMENSION_AT = 3;
    private static final int KEY_AT = FIRST_DIMENSION_AT + DIMENSIONS.size();
    private static final int AMOUNT_AT = KEY_AT + 1;

    /**
     * @param members   one row per member and period: member_key, period and a column per dimension
     * @param activity  rows of member_key, period, the key and the columns {@code value} reads
     * @param keyValues every value of the key: each group gets a row for each (other values are left out)
     * @param value     a decimal column for {@link Figure#SUM}; any column castable to double for the median
     * @return period, key, dimension, group, {@code membersName}, {@code countName}, {@code figureName} (a double);
     *         every (period, dimension, group) of the member rows × every key value
     */
    static Dataset<Row> of(Dataset<Row> members, Dataset<Row> activity, String key, List<String> keyValues,
                           String membersName, String countName, Figure figure, String figureName, Column value) {
        return of(members, activity, key, keyValues, membersName, countName, figure, figureName, value, null);
    }

    /**
     * As above; with {@code recordsAlsoUnder} (a value of {@code keyValues}; null: none) the activity rows are
     * records, any number per member, period and key value (each volunteer log): {@code countName} counts each
     * member once per key value, the sum adds every record, and every record also counts under
     * {@code recordsAlsoUnder} (a record of a key value not listed, or of none, only there). The same figures as
     * the records first summed per member, period and key value, with a copy of each under that value: the pass
     * does it, so the records are shuffled once, with no aggregation and its exchange before. {@link Figure#SUM}
     * only.
     */
    static Dataset<Row> of(Dataset<Row> members, Dataset<Row> activity, String key, List<String> keyValues,
                           String membersName, String countName, Figure figure, String figureName, Column value,
                           String recordsAlsoUnder) {
        if (recordsAlsoUnder != null && (figure != Figure.SUM || !keyValues.contains(recordsAlsoUnder))) {
            throw new IllegalArgumentException("records are summed, under a listed key value: " + recordsAlsoUnder);
        }
        Column amount = figure == Figure.MEDIAN ? value.cast("double") : value;
        DataType amountType = activity.select(amount).schema().fields()[0].dataType();
        if (figure == Figure.SUM && !(amountType instanceof DecimalType)) {
            throw new IllegalArgumentException("the sum " + figureName + " needs a decimal value, not "
                    + amountType.simpleString());
        }
        Column noText = lit(null).cast("string");
        List<Column> memberSide = new ArrayList<>();
        memberSide.add(col(Indicators.PERIOD).cast("string").as(Indicators.PERIOD));
        memberSide.add(lit(MEMBER_ROW).as(KIND));
        memberSide.add(col(WorkTables.MEMBER_KEY).cast("string").as(WorkTables.MEMBER_KEY));
        for (String d : DIMENSIONS) {
            memberSide.add(coalesce(col(d).cast("string"), lit(DimensionGroups.UNKNOWN)).as(d));
        }
        memberSide.add(noText.as(key));
        memberSide.add(lit(null).cast(amountType).as(AMOUNT));
        List<Column> activitySide = new ArrayList<>();
        activitySide.add(col(Indicators.PERIOD).cast("string").as(Indicators.PERIOD));
        activitySide.add(lit(ACTIVITY_ROW).as(KIND));
        activitySide.add(col(WorkTables.MEMBER_KEY).cast("string").as(WorkTables.MEMBER_KEY));
        for (String d : DIMENSIONS) {
            activitySide.add(noText.as(d));
        }
        activitySide.add(col(key).cast("string").as(key));
        activitySide.add(amount.as(AMOUNT));
        // Rows that cannot meet a member row (no period, no member, a key value not listed, unless records count
        // under recordsAlsoUnder too) stay home.
        Column meets = col(Indicators.PERIOD).isNotNull().and(col(WorkTables.MEMBER_KEY).isNotNull());
        Dataset<Row> activityRows = activity.select(activitySide.toArray(Column[]::new))
                .where(recordsAlsoUnder != null ? meets : meets.and(col(key).isin(keyValues.toArray())));
        int partitions = Math.max(1, members.sparkSession().sparkContext().defaultParallelism());
        Dataset<Row> rows = members.select(memberSide.toArray(Column[]::new)).union(activityRows)
                .repartition(partitions, col(Indicators.PERIOD))
                .sortWithinPartitions(col(Indicators.PERIOD), col(KIND));
        StructType out = new StructType()
                .add(Indicators.PERIOD, DataTypes.StringType, true)
                .add(key, DataTypes.StringType, false)
                .add(Indicators.DIMENSION, DataTypes.StringType, false)
                .add(Indicators.GROUP, DataTypes.StringType, false)
                .add(membersName, DataTypes.LongType, false)
                .add(countName, DataTypes.LongType, false)
                .add(figureName, DataTypes.DoubleType, figure == Figure.MEDIAN);
        return rows.mapPartitions(new Periods(keyValues, figure, recordsAlsoUnder), Encoders.row(out));
    }

    /** A partition's periods, one after the other: the rows of a period are consecutive, member rows first. */
    static final class Periods implements MapPartitionsFunction<Row, Row> {
        private final List<String> keys;
        private final Figure figure;
        private final String recordsAlsoUnder;

        Periods(List<String> keyValues, Figure figure) {
            this(keyValues, figure, null);
        }

        /** @param recordsAlsoUnder null: one activity row per member and key value; else records, see {@link #of} */
        Periods(List<String> keyValues, Figure figure, String recordsAlsoUnder) {
            this.keys = keyValues.stream().distinct().toList();
            this.figure = figure;
            this.recordsAlsoUnder = recordsAlsoUnder;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            List<Row> out = new ArrayList<>();
            Period period = null;
            while (rows.hasNext()) {
                Row r = rows.next();
                String p = r.getString(PERIOD_AT);
                if (period == null || !Objects.equals(period.name, p)) {
                    if (period != null) {
                        period.emit(out);
                    }
                    period = new Period(p, keys, figure, recordsAlsoUnder);
                }
                if (r.getInt(1) == MEMBER_ROW) {
                    period.addMember(r);
                } else {
                    period.addActivity(r);
                }
            }
            if (period != null) {
                period.emit(out);
            }
            return out.iterator();
        }
    }

    /** One period's groups and figures. */
    private static final class Period {
        private final String name;
        private final List<String> keys;
        private final Figure figure;
        private final Map<String, Integer> keyIndex = new HashMap<>();
        /** Per dimension (Dimensions.ORDER): its groups in order of first appearance, and their member counts. */
        private final List<Map<String, Integer>> groupIndex = new ArrayList<>();
        private final List<List<String>> groupNames = new ArrayList<>();
        private final List<List<Long>> groupMembers = new ArrayList<>();
        /** Each member's group index per dimension; a member with two rows in the period counts in both. */
        private final Map<String, List<int[]>> memberGroups = new HashMap<>();
        /** Per key value and dimension, the figures of each group (null until a member of it has activity). */
        private List<List<List<Group>>> figures;
        /** Records: the key value every record also counts under (null: activity rows are one per member). */
        private final Integer alsoUnder;
        /** Records: the key values each member has been counted under. */
        private final Map<String, BitSet> countedUnder = new HashMap<>();

        Period(String name, List<String> keys, Figure figure, String recordsAlsoUnder) {
            this.name = name;
            this.keys = keys;
            this.figure = figure;
            keys.forEach(k -> keyIndex.put(k, keyIndex.size()));
            this.alsoUnder = recordsAlsoUnder == null ? null : keyIndex.get(recordsAlsoUnder);
            for (int i = 0; i < Dimensions.ORDER.size(); i++) {
                groupIndex.add(new HashMap<>());
                groupNames.add(new ArrayList<>());
                groupMembers.add(new ArrayList<>());
            }
        }

        void addMember(Row r) {
            int dims = Dimensions.ORDER.size();
            int[] groups = new int[dims];
            int column = FIRST_DIMENSION_AT;
            for (int i = 0; i < dims; i++) {
                String group = Dimensions.ALL.equals(Dimensions.ORDER.get(i)) ? Dimensions.ALL
                        : r.getString(column++);
                Integer g = groupIndex.get(i).get(group);
                if (g == null) {
                    g = groupNames.get(i).size();
                    groupIndex.get(i).put(group, g);
                    groupNames.get(i).add(group);
                    groupMembers.get(i).add(0L);
                }
                groupMembers.get(i).set(g, groupMembers.get(i).get(g) + 1);
                groups[i] = g;
            }
            if (!r.isNullAt(MEMBER_AT)) {
                memberGroups.computeIfAbsent(r.getString(MEMBER_AT), m -> new ArrayList<>(1)).add(groups);
            }
        }

        void addActivity(Row r) {
            String member = r.getString(MEMBER_AT);
            List<int[]> rowsOfMember = memberGroups.get(member);
            Integer k = keyIndex.get(r.getString(KEY_AT));
            if (rowsOfMember == null) {
                return;
            }
            if (alsoUnder == null) {
                if (k != null) {
                    add(r, k, true, rowsOfMember);
                }
                return;
            }
            // A record: its member counts once per key value, its amount every time (twice under alsoUnder when
            // that is its own key value, as a copy of it would).
            BitSet counted = countedUnder.computeIfAbsent(member, m -> new BitSet(keys.size()));
            if (k != null) {
                add(r, k, !counted.get(k), rowsOfMember);
                counted.set(k);
            }
            add(r, alsoUnder, !counted.get(alsoUnder), rowsOfMember);
            counted.set(alsoUnder);
        }

        private void add(Row r, int k, boolean countMember, List<int[]> rowsOfMember) {
            if (figures == null) {
                figures = new ArrayList<>();
                for (int key = 0; key < keys.size(); key++) {
                    List<List<Group>> byDimension = new ArrayList<>();
                    for (List<String> names : groupNames) {
                        List<Group> byGroup = new ArrayList<>(names.size());
                        for (int g = 0; g < names.size(); g++) {
                            byGroup.add(null);
                        }
                        byDimension.add(byGroup);
                    }
                    figures.add(byDimension);
                }
            }
            boolean hasAmount = !r.isNullAt(AMOUNT_AT);
            BigDecimal decimal = figure == Figure.SUM && hasAmount ? r.getDecimal(AMOUNT_AT) : null;
            double number = figure == Figure.MEDIAN && hasAmount ? r.getDouble(AMOUNT_AT) : 0;
            for (int[] groups : rowsOfMember) {
                for (int i = 0; i < groups.length; i++) {
                    List<Group> byGroup = figures.get(k).get(i);
                    Group group = byGroup.get(groups[i]);
                    if (group == null) {
                        group = new Group(figure);
                        byGroup.set(groups[i], group);
                    }
                    if (countMember) {
                        group.rows++;
                    }
                    if (figure == Figure.SUM) {
                        if (decimal != null) {
                            group.sum = group.sum == null ? decimal : group.sum.add(decimal);
                        }
                    } else {
                        group.values.add(hasAmount, number);
                    }
                }
            }
        }

        /** Every group of the period × every key value (none for a period without member rows). */
        void emit(List<Row> out) {
            for (int k = 0; k < keys.size(); k++) {
                for (int i = 0; i < Dimensions.ORDER.size(); i++) {
                    for (int g = 0; g < groupNames.get(i).size(); g++) {
                        Group figures = this.figures == null ? null : this.figures.get(k).get(i).get(g);
                        out.add(RowFactory.create(name, keys.get(k), Dimensions.ORDER.get(i),
                                groupNames.get(i).get(g), groupMembers.get(i).get(g),
                                figures == null ? 0L : figures.rows, figure(figures)));
                    }
                }
            }
        }

        private Double figure(Group group) {
            if (figure == Figure.MEDIAN) {
                return group == null ? null : group.values.median();
            }
            // Spark's decimal-to-double cast is BigDecimal.doubleValue of the same exact sum.
            return group == null || group.sum == null ? 0.0 : group.sum.doubleValue();
        }
    }

    /** The activity rows of one group and key value: their count and the exact sum or the values of the median. */
    private static final class Group {
        private long rows;
        private BigDecimal sum;
        private final ExactMedians.Values values;

        Group(Figure figure) {
            values = figure == Figure.MEDIAN ? new ExactMedians.Values() : null;
        }
    }
}

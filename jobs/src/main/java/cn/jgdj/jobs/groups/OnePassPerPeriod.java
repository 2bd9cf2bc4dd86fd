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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;

/**
 * A whole group-rate table of the shape "members per group; per key value, the activity rows of its members and the
 * exact sum of a value over them" in one pass per period: the member rows and the activity rows are shuffled once,
 * by period, side by side ({@code cogroup}), and each period's figures are computed in Java. The general path in
 * {@link GroupRates} (explode the members by dimension and count; join the activity to the members; explode again;
 * cross join the groups with the key values; join the figures) shuffles the member rows twice, the activity rows
 * with every dimension column once more and the small tables twice, and AQE makes every exchange a Spark job. The
 * figures are the same: the member rows per group; the activity rows of the group's members (as an inner join on
 * member and period: activity of a member without a row in the period does not count); the sum exact in decimal,
 * then a double as Spark casts it; 0 (count, sum) for a group without activity. (Medians stay on the general path:
 * platform_engagement's one pass ran each period on one core and was slower on an idle machine; docs/performance.md,
 * "Member-group tasks, sixth round".)
 *
 * <p>One period's member rows are held in memory on an executor (a map from member to group indexes, about 200 bytes
 * a member): a province of a million members needs a few hundred MB per task for it, within an executor's heap.
 */
final class OnePassPerPeriod {
    private OnePassPerPeriod() {
    }

    private static final List<String> DIMENSIONS = Dimensions.ORDER.stream()
            .filter(d -> !Dimensions.ALL.equals(d)).toList();

    /**
     * @param members   one row per member and period: member_key, period and a column per dimension
     * @param activity  rows of member_key, period, the key and the columns the figures read
     * @param keyValues every value of the key: each group gets a row for each (other values are left out)
     * @param sumValue  a decimal column of the activity, summed exactly
     * @return period, key, dimension, group, {@code membersName}, {@code countName}, {@code sumName} (a double);
     *         every (period, dimension, group) of the member rows × every key value
     */
    static Dataset<Row> of(Dataset<Row> members, Dataset<Row> activity, String key, List<String> keyValues,
                           String membersName, String countName, String sumName, Column sumValue) {
        List<Column> memberColumns = new ArrayList<>();
        memberColumns.add(col(Indicators.PERIOD).cast("string").as(Indicators.PERIOD));
        memberColumns.add(col(WorkTables.MEMBER_KEY).cast("string").as(WorkTables.MEMBER_KEY));
        for (String d : DIMENSIONS) {
            memberColumns.add(coalesce(col(d).cast("string"), lit(DimensionGroups.UNKNOWN)).as(d));
        }
        Dataset<Row> slimMembers = members.select(memberColumns.toArray(Column[]::new));
        Dataset<Row> slimActivity = activity.select(col(Indicators.PERIOD).cast("string").as(Indicators.PERIOD),
                col(WorkTables.MEMBER_KEY).cast("string").as(WorkTables.MEMBER_KEY),
                col(key).cast("string").as(key), sumValue.as("_amount"));
        if (!(slimActivity.schema().apply("_amount").dataType() instanceof DecimalType)) {
            throw new IllegalArgumentException("the sum " + sumName + " needs a decimal value, not "
                    + slimActivity.schema().apply("_amount").dataType().simpleString());
        }
        StructType out = new StructType()
                .add(Indicators.PERIOD, DataTypes.StringType, true)
                .add(key, DataTypes.StringType, false)
                .add(Indicators.DIMENSION, DataTypes.StringType, false)
                .add(Indicators.GROUP, DataTypes.StringType, false)
                .add(membersName, DataTypes.LongType, false)
                .add(countName, DataTypes.LongType, false)
                .add(sumName, DataTypes.DoubleType, false);
        MapFunction<Row, String> period = r -> r.getString(0);
        return slimMembers.groupByKey(period, Encoders.STRING())
                .cogroup(slimActivity.groupByKey(period, Encoders.STRING()),
                        new OnePeriod(keyValues),
                        Encoders.row(out));
    }

    /** One period: its members' groups, then each activity row added to the groups of its member. */
    static final class OnePeriod implements CoGroupFunction<String, Row, Row, Row> {
        private final List<String> keys;

        OnePeriod(List<String> keyValues) {
            this.keys = keyValues.stream().distinct().toList();
        }

        @Override
        public Iterator<Row> call(String period, Iterator<Row> memberRows, Iterator<Row> activityRows) {
            int dims = Dimensions.ORDER.size();
            // Per dimension (Dimensions.ORDER): its groups in order of first appearance, and their member counts.
            List<Map<String, Integer>> groupIndex = new ArrayList<>();
            List<List<String>> groupNames = new ArrayList<>();
            List<List<Long>> groupMembers = new ArrayList<>();
            for (int i = 0; i < dims; i++) {
                groupIndex.add(new HashMap<>());
                groupNames.add(new ArrayList<>());
                groupMembers.add(new ArrayList<>());
            }
            // Each member's group index per dimension; a member with two rows in the period counts in both.
            Map<String, List<int[]>> memberGroups = new HashMap<>();
            while (memberRows.hasNext()) {
                Row r = memberRows.next();
                int[] groups = new int[dims];
                int column = 2;
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
                memberGroups.computeIfAbsent(r.getString(1), m -> new ArrayList<>(1)).add(groups);
            }
            if (memberGroups.isEmpty()) {
                return List.<Row>of().iterator();
            }
            Map<String, Integer> keyIndex = new HashMap<>();
            keys.forEach(k -> keyIndex.put(k, keyIndex.size()));
            // Per key value, dimension and group: its figures (null until a member of the group has activity).
            Group[][][] figures = new Group[keys.size()][dims][];
            for (Group[][] byKey : figures) {
                for (int i = 0; i < dims; i++) {
                    byKey[i] = new Group[groupNames.get(i).size()];
                }
            }
            // As the join on member and period it replaces: a null period matches nothing.
            while (period != null && activityRows.hasNext()) {
                Row r = activityRows.next();
                Integer k = r.isNullAt(2) ? null : keyIndex.get(r.getString(2));
                List<int[]> rowsOfMember = r.isNullAt(1) ? null : memberGroups.get(r.getString(1));
                if (k == null || rowsOfMember == null) {
                    continue;
                }
                BigDecimal amount = r.isNullAt(3) ? null : r.getDecimal(3);
                for (int[] groups : rowsOfMember) {
                    for (int i = 0; i < dims; i++) {
                        Group[] byGroup = figures[k][i];
                        if (byGroup[groups[i]] == null) {
                            byGroup[groups[i]] = new Group();
                        }
                        byGroup[groups[i]].add(amount);
                    }
                }
            }
            List<Row> out = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                for (int i = 0; i < dims; i++) {
                    for (int g = 0; g < groupNames.get(i).size(); g++) {
                        out.add(row(period, keys.get(k), Dimensions.ORDER.get(i), groupNames.get(i).get(g),
                                groupMembers.get(i).get(g), figures[k][i][g]));
                    }
                }
            }
            return out.iterator();
        }

        private Row row(String period, String key, String dimension, String group, long members, Group figures) {
            // Spark's decimal-to-double cast is BigDecimal.doubleValue of the same exact sum.
            return RowFactory.create(period, key, dimension, group, members, figures == null ? 0L : figures.rows,
                    figures == null || figures.sum == null ? 0.0 : figures.sum.doubleValue());
        }
    }

    /** The activity rows of one group: their count and the exact sum of their amounts. */
    private static final class Group {
        private long rows;
        private BigDecimal sum;

        void add(BigDecimal amount) {
            rows++;
            if (amount != null) {
                sum = sum == null ? amount : sum.add(amount);
            }
        }
    }
}

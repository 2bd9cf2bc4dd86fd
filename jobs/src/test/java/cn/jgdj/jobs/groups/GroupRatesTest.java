package cn.jgdj.jobs.groups;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.testing.SparkSessionExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class GroupRatesTest {
    private static final String ACTIVE = "active";
    private static final String MEMBERS = "members";
    private static final String HITS = "hits";
    private static final String RATE = "rate";
    private static final String DOUBLED = "doubled";
    private static final String PLATFORM = "platform";
    private static final String VALUE = "value";
    private static final String HIGHEST = "highest";
    private static final List<String> COLUMNS = List.of(Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP,
            MEMBERS, HITS, RATE, DOUBLED, Indicators.SUPPRESSED, Indicators.PARTIAL);

    /**
     * Four members in 2025 and one in 2025-01 (member_key, period, age_band, gender, unit, active; every other
     * dimension the same for all): m1 2025 <=35 F u1 true; m2 2025 <=35 M u1 false; m3 2025 36-45 F u2 true;
     * m4 2025 36-45 F (unit missing) true; m5 2025-01 <=35 F u1 true.
     */
    private static Dataset<Row> members(SparkSession spark) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false));
        for (String d : Dimensions.ORDER.subList(1, Dimensions.ORDER.size())) {
            fields.add(DataTypes.createStructField(d, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(ACTIVE, DataTypes.BooleanType, false));
        // Columns: member_key, period, age_band, gender, education, member_type, role, unit_type, unit, mobile,
        // mobility_impaired, active.
        List<Row> rows = List.of(
                RowFactory.create("m1", "2025", "<=35", "F", "bachelor", "full", "ordinary", "agency", "u1", "false",
                        "false", true),
                RowFactory.create("m2", "2025", "<=35", "M", "bachelor", "full", "ordinary", "agency", "u1", "false",
                        "false", false),
                RowFactory.create("m3", "2025", "36-45", "F", "bachelor", "full", "ordinary", "agency", "u2", "false",
                        "false", true),
                RowFactory.create("m4", "2025", "36-45", "F", "bachelor", "full", "ordinary", "agency", null, "false",
                        "false", true),
                RowFactory.create("m5", "2025-01", "<=35", "F", "bachelor", "full", "ordinary", "agency", "u1", "false",
                        "false", true));
        return spark.createDataFrame(rows, DataTypes.createStructType(fields));
    }

    private static Dataset<Row> table(SparkSession spark, LocalDate asOf) {
        return GroupRates.of(members(spark))
                .aggregate(count(lit(1)).as(MEMBERS),
                        sum(when(col(ACTIVE), 1L).otherwise(0L)).as(HITS))
                .rate(RATE, HITS, MEMBERS)
                .derive(DOUBLED, col(HITS).multiply(2))
                .table(MEMBERS, 2, asOf,
                        List.of(col(Indicators.PERIOD), DimensionGroups.reportOrder(), col(Indicators.GROUP)),
                        COLUMNS);
    }

    private static String line(Row r) {
        return r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getLong(3) + "|"
                + r.getLong(4) + "|" + r.getDouble(5) + "|" + r.getLong(6) + "|" + r.getBoolean(7) + "|"
                + r.getBoolean(8);
    }

    @Test
    void countsRatesSuppressionAndOrderByDimension(SparkSession spark) {
        Dataset<Row> t = table(spark, null);
        assertEquals(COLUMNS, List.of(t.columns()));
        List<String> lines = t.collectAsList().stream().map(GroupRatesTest::line).toList();
        // 2025: 4 members, 3 active. Groups of 1 member are suppressed (minimum 2); the missing unit is `unknown`.
        // 2025-01 sorts after 2025; each of its groups has 1 member.
        List<String> expected = new ArrayList<>(List.of(
                "2025|all|all|4|3|0.75|6|false|false",
                "2025|age_band|36-45|2|2|1.0|4|false|false",
                "2025|age_band|<=35|2|1|0.5|2|false|false",
                "2025|gender|F|3|3|1.0|6|false|false",
                "2025|gender|M|1|0|0.0|0|true|false",
                "2025|education|bachelor|4|3|0.75|6|false|false",
                "2025|member_type|full|4|3|0.75|6|false|false",
                "2025|role|ordinary|4|3|0.75|6|false|false",
                "2025|unit_type|agency|4|3|0.75|6|false|false",
                "2025|unit|u1|2|1|0.5|2|false|false",
                "2025|unit|u2|1|1|1.0|2|true|false",
                "2025|unit|unknown|1|1|1.0|2|true|false",
                "2025|mobile|false|4|3|0.75|6|false|false",
                "2025|mobility_impaired|false|4|3|0.75|6|false|false"));
        for (String[] dg : new String[][] {{"all", "all"}, {"age_band", "<=35"}, {"gender", "F"},
                {"education", "bachelor"}, {"member_type", "full"}, {"role", "ordinary"}, {"unit_type", "agency"},
                {"unit", "u1"}, {"mobile", "false"}, {"mobility_impaired", "false"}}) {
            expected.add("2025-01|" + dg[0] + "|" + dg[1] + "|1|1|1.0|2|true|false");
        }
        assertEquals(expected, lines);
    }

    @Test
    void periodInProgressOnTheAsOfDayIsPartial(SparkSession spark) {
        // As of 2025-06-30 the year 2025 is in progress, January 2025 is over.
        List<Row> rows = table(spark, LocalDate.of(2025, 6, 30))
                .filter(col(Indicators.DIMENSION).equalTo(Dimensions.ALL)).collectAsList();
        assertEquals(List.of("2025|true", "2025-01|false"),
                rows.stream().map(r -> r.getString(0) + "|" + r.getBoolean(8)).toList());
    }

    /**
     * Activity by platform x and y, 2025: m1 x 10.0, m3 x 20.0, m3 y 5.0, and m9 x 99.0 (not among the members, so
     * it does not count). Per group and platform: active members (0 when none) and the highest value (empty when
     * none), beside the members of the group.
     */
    @Test
    void activityByKeyForEveryGroupAndKeyValue(SparkSession spark) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField(PLATFORM, DataTypes.StringType, false),
                DataTypes.createStructField(VALUE, DataTypes.DoubleType, false)));
        Dataset<Row> activity = spark.createDataFrame(List.of(
                RowFactory.create("m1", "2025", "x", 10.0), RowFactory.create("m3", "2025", "x", 20.0),
                RowFactory.create("m3", "2025", "y", 5.0), RowFactory.create("m9", "2025", "x", 99.0)), schema);
        List<String> columns = List.of(Indicators.PERIOD, PLATFORM, Indicators.DIMENSION, Indicators.GROUP, MEMBERS,
                ACTIVE, RATE, HIGHEST, Indicators.SUPPRESSED, Indicators.PARTIAL);
        List<String> lines = GroupRates.of(members(spark))
                .aggregate(count(lit(1)).as(MEMBERS))
                .activity(activity, PLATFORM, List.of("y", "x"))
                .activityAggregate(ACTIVE, count(lit(1)), 0L)
                .activityAggregate(HIGHEST, max(col(VALUE)), null)
                .rate(RATE, ACTIVE, MEMBERS)
                .table(MEMBERS, 2, null, List.of(col(Indicators.PERIOD), col(PLATFORM),
                        DimensionGroups.reportOrder(), col(Indicators.GROUP)), columns)
                .filter(col(Indicators.PERIOD).equalTo("2025")
                        .and(col(Indicators.DIMENSION).isin(Dimensions.ALL, Dimensions.GENDER)))
                .collectAsList().stream()
                .map(r -> r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getLong(4) + "|"
                        + r.getLong(5) + "|" + r.getDouble(6) + "|" + r.get(7) + "|" + r.getBoolean(8))
                .toList();
        assertEquals(List.of(
                "x|all|all|4|2|0.5|20.0|false",
                "x|gender|F|3|2|0.6666666666666666|20.0|false",
                "x|gender|M|1|0|0.0|null|true",
                "y|all|all|4|1|0.25|5.0|false",
                "y|gender|F|3|1|0.3333333333333333|5.0|false",
                "y|gender|M|1|0|0.0|null|true"), lines);
    }

    /**
     * Active members and the exact median per group and platform, beside a plain activity aggregate: platform x has
     * m1 10.0, m3 20.0 and m4 without a value (active, not in the median); y has m3 5.0 and m4 7.0. So x: 3 active,
     * median 15.0 (two values: halfway); y: 2 active, median 6.0; gender M (m2 only) none: 0 and empty.
     */
    @Test
    void activeCountAndExactMedianPerGroupAndKeyValue(SparkSession spark) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField(PLATFORM, DataTypes.StringType, false),
                DataTypes.createStructField(VALUE, DataTypes.DoubleType, true)));
        Dataset<Row> activity = spark.createDataFrame(List.of(
                RowFactory.create("m1", "2025", "x", 10.0), RowFactory.create("m3", "2025", "x", 20.0),
                RowFactory.create("m4", "2025", "x", null), RowFactory.create("m3", "2025", "y", 5.0),
                RowFactory.create("m4", "2025", "y", 7.0)), schema);
        String median = "median";
        List<String> columns = List.of(Indicators.PERIOD, PLATFORM, Indicators.DIMENSION, Indicators.GROUP, MEMBERS,
                ACTIVE, median, HIGHEST);
        List<String> lines = GroupRates.of(members(spark))
                .aggregate(count(lit(1)).as(MEMBERS))
                .activity(activity, PLATFORM, List.of("x", "y"))
                .activityAggregate(HIGHEST, max(col(VALUE)), null)
                .activityCountAndMedian(ACTIVE, median, col(VALUE))
                .table(MEMBERS, 2, null, List.of(col(Indicators.PERIOD), col(PLATFORM),
                        DimensionGroups.reportOrder(), col(Indicators.GROUP)), columns)
                .filter(col(Indicators.PERIOD).equalTo("2025")
                        .and(col(Indicators.DIMENSION).isin(Dimensions.ALL, Dimensions.GENDER, Dimensions.UNIT)))
                .collectAsList().stream()
                .map(r -> r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getLong(4) + "|"
                        + r.getLong(5) + "|" + r.get(6) + "|" + r.get(7))
                .toList();
        assertEquals(List.of(
                "x|all|all|4|3|15.0|20.0",
                "x|gender|F|3|3|15.0|20.0",
                "x|gender|M|1|0|null|null",
                "x|unit|u1|2|1|10.0|10.0",
                "x|unit|u2|1|1|20.0|20.0",
                "x|unit|unknown|1|1|null|null",
                "y|all|all|4|2|6.0|7.0",
                "y|gender|F|3|2|6.0|7.0",
                "y|gender|M|1|0|null|null",
                "y|unit|u1|2|0|null|null",
                "y|unit|u2|1|1|5.0|5.0",
                "y|unit|unknown|1|1|7.0|7.0"), lines);
    }

    /**
     * countMembers with only activityCountAndMedian (platform_engagement's shape, one pass per period:
     * {@link OnePassPerPeriod}). The activity of the test above, plus rows that must not count: m9 (no member row),
     * key z (not a key value), m5 in 2024 (a period without member rows). 2025: as above; 2025-01 (m5 only, no
     * activity): 0 active, no median, for x and y.
     */
    @Test
    void membersCountedBesideActiveCountAndMedian(SparkSession spark) {
        Dataset<Row> activity = medianActivity(spark);
        String median = "median";
        List<String> columns = List.of(Indicators.PERIOD, PLATFORM, Indicators.DIMENSION, Indicators.GROUP, MEMBERS,
                ACTIVE, median, Indicators.SUPPRESSED);
        List<Column> order = List.of(col(Indicators.PERIOD), col(PLATFORM),
                DimensionGroups.reportOrder(), col(Indicators.GROUP));
        List<String> lines = lines(GroupRates.of(members(spark))
                .countMembers(MEMBERS)
                .activity(activity, PLATFORM, List.of("x", "y"))
                .activityCountAndMedian(ACTIVE, median, col(VALUE))
                .table(MEMBERS, 2, null, order, columns));
        List<String> wanted = lines.stream().filter(l -> l.startsWith("2025|")
                && List.of("all", "gender", "unit").contains(l.split("\\|")[2])).toList();
        assertEquals(List.of(
                "2025|x|all|all|4|3|15.0|false",
                "2025|x|gender|F|3|3|15.0|false",
                "2025|x|gender|M|1|0|null|true",
                "2025|x|unit|u1|2|1|10.0|false",
                "2025|x|unit|u2|1|1|20.0|true",
                "2025|x|unit|unknown|1|1|null|true",
                "2025|y|all|all|4|2|6.0|false",
                "2025|y|gender|F|3|2|6.0|false",
                "2025|y|gender|M|1|0|null|true",
                "2025|y|unit|u1|2|0|null|false",
                "2025|y|unit|u2|1|1|5.0|true",
                "2025|y|unit|unknown|1|1|7.0|true"), wanted);
        // 14 groups in 2025 and 10 in 2025-01, each for x and y; nothing for 2024 (no member rows).
        assertEquals(48, lines.size());
        assertTrue(lines.contains("2025-01|x|all|all|1|0|null|true"));
        assertTrue(lines.contains("2025-01|y|unit|u1|1|0|null|true"));
        // A plain count aggregate gives the same table row for row.
        assertEquals(lines, lines(GroupRates.of(members(spark))
                .aggregate(count(lit(1)).as(MEMBERS))
                .activity(activity, PLATFORM, List.of("x", "y"))
                .activityCountAndMedian(ACTIVE, median, col(VALUE))
                .table(MEMBERS, 2, null, order, columns)));
    }

    /**
     * countMembers with activityCountAndSum, one pass per period: hours as decimals, m1 x 0.1, m3 x 0.2, m4 x
     * (no hours), m3 y 1.0005, m9 x 5 (no member row). The sum is exact: x for all is 0.3, not 0.1 + 0.2 in doubles
     * (0.30000000000000004); m4's group has one participant and 0 hours; gender M none: 0 and 0.0.
     */
    @Test
    void membersCountedBesideActiveCountAndExactSumInOnePassPerPeriod(SparkSession spark) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField(PLATFORM, DataTypes.StringType, false),
                DataTypes.createStructField(VALUE, DataTypes.createDecimalType(18, 4), true)));
        Dataset<Row> activity = spark.createDataFrame(List.of(
                RowFactory.create("m1", "2025", "x", new BigDecimal("0.1")),
                RowFactory.create("m3", "2025", "x", new BigDecimal("0.2")),
                RowFactory.create("m4", "2025", "x", null),
                RowFactory.create("m3", "2025", "y", new BigDecimal("1.0005")),
                RowFactory.create("m9", "2025", "x", new BigDecimal("5"))), schema);
        String hours = "hours";
        List<String> columns = List.of(Indicators.PERIOD, PLATFORM, Indicators.DIMENSION, Indicators.GROUP, MEMBERS,
                ACTIVE, hours, Indicators.SUPPRESSED);
        List<Column> order = List.of(col(Indicators.PERIOD), col(PLATFORM),
                DimensionGroups.reportOrder(), col(Indicators.GROUP));
        List<String> lines = lines(GroupRates.of(members(spark))
                .countMembers(MEMBERS)
                .activity(activity, PLATFORM, List.of("x", "y"))
                .activityCountAndSum(ACTIVE, hours, col(VALUE))
                .table(MEMBERS, 2, null, order, columns));
        assertEquals(List.of(
                "2025|x|all|all|4|3|0.3|false",
                "2025|x|gender|F|3|3|0.3|false",
                "2025|x|gender|M|1|0|0.0|true",
                "2025|x|unit|u1|2|1|0.1|false",
                "2025|x|unit|u2|1|1|0.2|true",
                "2025|x|unit|unknown|1|1|0.0|true",
                "2025|y|all|all|4|1|1.0005|false",
                "2025|y|gender|F|3|1|1.0005|false",
                "2025|y|gender|M|1|0|0.0|true",
                "2025|y|unit|u1|2|0|0.0|false",
                "2025|y|unit|u2|1|1|1.0005|true",
                "2025|y|unit|unknown|1|0|0.0|true"), lines.stream().filter(l -> l.startsWith("2025|")
                && List.of("all", "gender", "unit").contains(l.split("\\|")[2])).toList());
        assertEquals(48, lines.size());
        // The general path (a plain count aggregate) gives the same table row for row.
        assertEquals(lines, lines(GroupRates.of(members(spark))
                .aggregate(count(lit(1)).as(MEMBERS))
                .activity(activity, PLATFORM, List.of("x", "y"))
                .activityCountAndSum(ACTIVE, hours, col(VALUE))
                .table(MEMBERS, 2, null, order, columns)));
    }

    private static Dataset<Row> medianActivity(SparkSession spark) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField(PLATFORM, DataTypes.StringType, false),
                DataTypes.createStructField(VALUE, DataTypes.DoubleType, true)));
        return spark.createDataFrame(List.of(
                RowFactory.create("m1", "2025", "x", 10.0), RowFactory.create("m3", "2025", "x", 20.0),
                RowFactory.create("m4", "2025", "x", null), RowFactory.create("m3", "2025", "y", 5.0),
                RowFactory.create("m4", "2025", "y", 7.0), RowFactory.create("m9", "2025", "x", 99.0),
                RowFactory.create("m1", "2025", "z", 1.0), RowFactory.create("m5", "2024", "x", 3.0)), schema);
    }

    private static List<String> lines(Dataset<Row> table) {
        return table.collectAsList().stream()
                .map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
                        + r.getLong(4) + "|" + r.getLong(5) + "|" + r.get(6) + "|" + r.getBoolean(7))
                .toList();
    }

    /** Spark's percentile(v, 0.5): the middle value, or halfway between the two middle ones; nulls left out. */
    @Test
    void exactMedianInterpolatesAsSparkPercentile() {
        assertEquals(2.0, median(3.0, 1.0, 2.0));
        assertEquals(2.5, median(4.0, 1.0, 3.0, 2.0));
        assertEquals(1.0, median(1.0, 5.0, 1.0, 1.0));
        assertEquals(0.3, median(0.1, 0.5));
        assertEquals(7.0, median(7.0));
        ExactMedians.Values none = new ExactMedians.Values();
        none.add(false, 0);
        assertEquals(1L, none.rows);
        assertEquals(null, none.median());
    }

    private static Double median(double... values) {
        ExactMedians.Values v = new ExactMedians.Values();
        for (double d : values) {
            v.add(true, d);
        }
        v.add(false, 0);
        assertEquals(values.length + 1L, v.rows);
        return v.median();
    }

    @Test
    void incompleteSpecificationsFail(SparkSession spark) {
        assertThrows(IllegalStateException.class, () -> GroupRates.of(members(spark))
                .table(MEMBERS, 2, null, List.of(col(Indicators.PERIOD)), COLUMNS));
        assertThrows(IllegalStateException.class, () -> GroupRates.of(members(spark))
                .aggregate(count(lit(1)).as(MEMBERS))
                .activityAggregate(ACTIVE, count(lit(1)), 0L)
                .table(MEMBERS, 2, null, List.of(col(Indicators.PERIOD)), COLUMNS));
        assertThrows(IllegalStateException.class, () -> GroupRates.of(members(spark))
                .countMembers(MEMBERS).countMembers(HITS));
        assertThrows(IllegalStateException.class, () -> GroupRates.of(members(spark))
                .activityCountAndMedian(ACTIVE, "median", col(VALUE))
                .activityCountAndSum(HITS, "hours", col(VALUE)));
    }
}

package cn.jgdj.jobs.groups;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.testing.SparkSessionExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
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
class OnePassPerPeriodTest {
    private static final List<String> KEYS = List.of("a", "b");

    /** A shuffled row as the pass reads it: period, kind, member, the nine dimensions, key, amount. */
    private static Row member(String period, String member, String ageBand) {
        List<Object> v = new ArrayList<>(List.of(period, 0, member, ageBand));
        for (int i = 0; i < 8; i++) {
            v.add("x");
        }
        v.add(null);
        v.add(null);
        return RowFactory.create(v.toArray());
    }

    private static Row activity(String period, String member, String key, Double amount) {
        List<Object> v = new ArrayList<>(List.of(period, 1, member));
        for (int i = 0; i < 9; i++) {
            v.add(null);
        }
        v.add(key);
        v.add(amount);
        return RowFactory.create(v.toArray());
    }

    /**
     * Two periods in one partition, read one after the other. 2025-01: m1 (&lt;=35), m2 (36-45), m3 (&lt;=35); key a:
     * m1 10, m2 30, m3 20 → all 3 active, median 20; &lt;=35 10 and 20 → 15 (halfway); 36-45 30. Key b: m3 active
     * without a value → 1 active, no median. m4 (no member row) and key z (not listed) do not count. 2025-02: m1 has
     * two rows (&lt;=35 and 36-45), so it counts twice in `all` and once in each age band, and its one activity row
     * of key b (4.0) adds to each of its rows' groups: all 2 active, median of 4 and 4.
     */
    @Test
    void periodsOneAfterTheOtherWithMediansWorkedByHand() {
        Iterator<Row> rows = List.of(
                member("2025-01", "m1", "<=35"), member("2025-01", "m2", "36-45"), member("2025-01", "m3", "<=35"),
                activity("2025-01", "m1", "a", 10.0), activity("2025-01", "m2", "a", 30.0),
                activity("2025-01", "m3", "a", 20.0), activity("2025-01", "m3", "b", null),
                activity("2025-01", "m4", "a", 99.0), activity("2025-01", "m1", "z", 5.0),
                member("2025-02", "m1", "<=35"), member("2025-02", "m1", "36-45"),
                activity("2025-02", "m1", "b", 4.0)).iterator();
        List<Row> out = new ArrayList<>();
        new OnePassPerPeriod.Periods(KEYS, OnePassPerPeriod.Figure.MEDIAN).call(rows).forEachRemaining(out::add);
        // Per period and key: all, two age bands and one group in each of the other eight dimensions.
        assertEquals(2 * 2 * 11, out.size());
        assertEquals(List.of(
                "2025-01|a|all|all|3|3|20.0",
                "2025-01|a|age_band|<=35|2|2|15.0",
                "2025-01|a|age_band|36-45|1|1|30.0",
                "2025-01|a|unit|x|3|3|20.0",
                "2025-01|b|all|all|3|1|null",
                "2025-01|b|age_band|<=35|2|1|null",
                "2025-01|b|age_band|36-45|1|0|null",
                "2025-01|b|unit|x|3|1|null",
                "2025-02|a|all|all|2|0|null",
                "2025-02|a|age_band|<=35|1|0|null",
                "2025-02|a|age_band|36-45|1|0|null",
                "2025-02|a|unit|x|2|0|null",
                "2025-02|b|all|all|2|2|4.0",
                "2025-02|b|age_band|<=35|1|1|4.0",
                "2025-02|b|age_band|36-45|1|1|4.0",
                "2025-02|b|unit|x|2|2|4.0"), lines(out, List.of(Dimensions.ALL, Dimensions.AGE_BAND,
                Dimensions.UNIT)));
    }

    /** Activity of a period whose member rows are elsewhere (another period's run) never meets them. */
    @Test
    void aPeriodWithActivityButNoMembersGivesNoRows() {
        Iterator<Row> rows = List.of(activity("2024-12", "m1", "a", 1.0), member("2025-01", "m1", "<=35"))
                .iterator();
        List<Row> out = new ArrayList<>();
        new OnePassPerPeriod.Periods(KEYS, OnePassPerPeriod.Figure.MEDIAN).call(rows).forEachRemaining(out::add);
        assertEquals(List.of("2025-01|a|all|all|1|0|null", "2025-01|b|all|all|1|0|null"),
                lines(out, List.of(Dimensions.ALL)));
        // One group in each of the ten dimensions, for each key value.
        assertEquals(20, out.size());
    }

    /**
     * Eight periods spread over the test session's two partitions, members in two age bands, values with ties,
     * nulls and even counts: the one pass (countMembers) gives the general path's table (a plain count aggregate)
     * row for row.
     */
    @Test
    void manyPeriodsOverPartitionsEqualTheGeneralPath(SparkSession spark) {
        List<Row> memberRows = new ArrayList<>();
        List<Row> activityRows = new ArrayList<>();
        for (int p = 1; p <= 8; p++) {
            String period = "2025-0" + p;
            for (int m = 0; m < 7; m++) {
                List<Object> v = new ArrayList<>(List.of("m" + m, period, m % 2 == 0 ? "<=35" : "36-45"));
                for (int i = 0; i < 8; i++) {
                    v.add(i == 5 && m == 3 ? null : "u" + (m % 3));
                }
                memberRows.add(RowFactory.create(v.toArray()));
                if ((m + p) % 3 != 0) {
                    activityRows.add(RowFactory.create("m" + m, period, m % 2 == 0 ? "a" : "b",
                            (m + p) % 5 == 0 ? null : (double) ((m * p) % 4)));
                }
            }
        }
        Dataset<Row> members = spark.createDataFrame(memberRows, memberSchema());
        Dataset<Row> activity = spark.createDataFrame(activityRows, DataTypes.createStructType(List.of(
                DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField("key", DataTypes.StringType, false),
                DataTypes.createStructField("value", DataTypes.DoubleType, true))));
        List<String> columns = List.of(Indicators.PERIOD, "key", Indicators.DIMENSION, Indicators.GROUP, "members",
                "active", "median");
        List<Column> order = List.of(col(Indicators.PERIOD), col("key"), DimensionGroups.reportOrder(),
                col(Indicators.GROUP));
        List<Row> onePass = GroupRates.of(members).countMembers("members")
                .activity(activity, "key", KEYS)
                .activityCountAndMedian("active", "median", col("value"))
                .table("members", 2, null, order, columns).collectAsList();
        List<Row> general = GroupRates.of(members).aggregate(count(lit(1)).as("members"))
                .activity(activity, "key", KEYS)
                .activityCountAndMedian("active", "median", col("value"))
                .table("members", 2, null, order, columns).collectAsList();
        assertEquals(general, onePass);
        // 8 periods × 2 keys × (all 1 + age_band 2 + unit 4 (u0, u1, u2, unknown) + 7 dimensions of 3 groups).
        assertEquals(8 * 2 * (1 + 2 + 4 + 7 * 3), onePass.size());
    }

    private static Row record(String period, String member, String key, String amount) {
        List<Object> v = new ArrayList<>(List.of(period, 1, member));
        for (int i = 0; i < 9; i++) {
            v.add(null);
        }
        v.add(key);
        v.add(amount == null ? null : new BigDecimal(amount));
        return RowFactory.create(v.toArray());
    }

    /**
     * Records (volunteer logs), each also under `all`. m1 (&lt;=35): a 1.5, a 2.0, b without hours, and one of key
     * `all` itself (1.0, so twice under `all`); m2 (36-45): z 3.0 (not listed: `all` only) and one of no key 0.25;
     * m3 has no member row. all: m1 1.5 + 2.0 + 1.0 + 1.0 = 5.5, m2 3.25, both counted once → 2 members, 8.75;
     * a: m1 once, 3.5; b: m1 once, no hours → 0.0.
     */
    @Test
    void recordsCountEachMemberOncePerKeyAndEveryRecordUnderAll() {
        Iterator<Row> rows = List.of(member("2025", "m1", "<=35"), member("2025", "m2", "36-45"),
                record("2025", "m1", "a", "1.5"), record("2025", "m2", "z", "3.0"),
                record("2025", "m1", "a", "2.0"), record("2025", "m1", "b", null),
                record("2025", "m2", null, "0.25"), record("2025", "m1", "all", "1.0"),
                record("2025", "m3", "a", "9.0")).iterator();
        List<Row> out = new ArrayList<>();
        new OnePassPerPeriod.Periods(List.of("all", "a", "b"), OnePassPerPeriod.Figure.SUM, "all").call(rows)
                .forEachRemaining(out::add);
        assertEquals(List.of(
                "2025|all|all|all|2|2|8.75",
                "2025|all|age_band|<=35|1|1|5.5",
                "2025|all|age_band|36-45|1|1|3.25",
                "2025|a|all|all|2|1|3.5",
                "2025|a|age_band|<=35|1|1|3.5",
                "2025|a|age_band|36-45|1|0|0.0",
                "2025|b|all|all|2|1|0.0",
                "2025|b|age_band|<=35|1|1|0.0",
                "2025|b|age_band|36-45|1|0|0.0"), lines(out, List.of(Dimensions.ALL, Dimensions.AGE_BAND)));
    }

    /**
     * Records over the session's partitions give the table of their sums per member, period and key value with a
     * copy of each under `all` (what the volunteer job aggregated before the pass), row for row.
     */
    @Test
    void recordsEqualTheirSumsPerMemberWithACopyUnderAll(SparkSession spark) {
        List<Row> memberRows = new ArrayList<>();
        List<Row> records = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            String period = "2025Q" + p;
            for (int m = 0; m < 6; m++) {
                List<Object> v = new ArrayList<>(List.of("m" + m, period, m % 2 == 0 ? "<=35" : "36-45"));
                for (int i = 0; i < 8; i++) {
                    v.add("u" + (m % 3));
                }
                memberRows.add(RowFactory.create(v.toArray()));
                for (int n = 0; n < (m + p) % 4; n++) {
                    String key = List.of("a", "b", "z").get((m + n) % 3);
                    records.add(RowFactory.create("m" + m, period, n == 2 ? null : key,
                            (m + n) % 5 == 0 ? null : new BigDecimal((m * n + p) + ".25")));
                }
            }
        }
        StructType recordSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField("key", DataTypes.StringType, true),
                DataTypes.createStructField("value", DataTypes.createDecimalType(18, 4), true)));
        Dataset<Row> members = spark.createDataFrame(memberRows, memberSchema());
        Dataset<Row> logs = spark.createDataFrame(records, recordSchema).repartition(2);
        List<String> keys = List.of("all", "a", "b");
        List<String> columns = List.of(Indicators.PERIOD, "key", Indicators.DIMENSION, Indicators.GROUP, "members",
                "active", "hours");
        List<Column> order = List.of(col(Indicators.PERIOD), col("key"), DimensionGroups.reportOrder(),
                col(Indicators.GROUP));
        List<Row> onePass = GroupRates.of(members).countMembers("members")
                .activity(logs, "key", keys)
                .activityRecordsCountAndSum("active", "hours", col("value"), "all")
                .table("members", 2, null, order, columns).collectAsList();
        Dataset<Row> summed = logs.unionByName(logs.withColumn("key", lit("all")))
                .groupBy(col(WorkTables.MEMBER_KEY), col(Indicators.PERIOD), col("key"))
                .agg(sum(col("value")).as("value"));
        List<Row> aggregated = GroupRates.of(members).countMembers("members")
                .activity(summed, "key", keys)
                .activityCountAndSum("active", "hours", col("value"))
                .table("members", 2, null, order, columns).collectAsList();
        assertEquals(aggregated, onePass);
        // 4 periods × 3 keys × (all 1 + age_band 2 + 8 dimensions of 3 units).
        assertEquals(4 * 3 * (1 + 2 + 8 * 3), onePass.size());
    }

    /** The members spread over the default parallelism, each member's rows in one partition, nothing lost. */
    @Test
    void membersSpreadByMemberOverTheDefaultParallelism(SparkSession spark) {
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField(Members.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField("n", DataTypes.IntegerType, false)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(RowFactory.create("m" + (i % 10), i));
        }
        Dataset<Row> spread = MemberPartitions.spread(spark.createDataFrame(rows, schema).coalesce(1));
        assertEquals(spark.sparkContext().defaultParallelism(), spread.rdd().getNumPartitions());
        List<List<Row>> partitions = spread.javaRDD().glom().collect();
        assertEquals(40, partitions.stream().mapToInt(List::size).sum());
        for (int m = 0; m < 10; m++) {
            String key = "m" + m;
            assertEquals(1, partitions.stream().filter(p -> p.stream().anyMatch(r -> r.getString(0).equals(key)))
                    .count(), key + " in one partition");
        }
    }

    private static List<String> lines(List<Row> out, List<String> dimensions) {
        return out.stream().filter(r -> dimensions.contains(r.getString(2)))
                .map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
                        + r.getLong(4) + "|" + r.getLong(5) + "|" + r.get(6))
                .toList();
    }

    /** Member rows: member_key, period and every dimension but `all` (strings). */
    private static StructType memberSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false));
        for (String d : Dimensions.ORDER.subList(1, Dimensions.ORDER.size())) {
            fields.add(DataTypes.createStructField(d, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }
}

package cn.jgdj.jobs.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.membership.MemberPeriodsJob;
import cn.jgdj.jobs.membership.MembershipFixture;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class CoverageJobTest {
    @TempDir
    static Path out;
    private static List<Row> coverage;

    /** Runs member_periods then coverage on the shared fixture, with a minimum cell size of 3. */
    @BeforeAll
    static void run(SparkSession spark) {
        StagedJobIO io = CuratedFixture.io(spark, out);
        MembershipFixture.create(spark).writeTo(io);
        MemberPeriodsJob.run(io, CuratedFixture.params(3, null));
        io.commit();
        CoverageJob.run(io, CuratedFixture.params(3, null));
        io.commit();
        Dataset<Row> c = io.read(Catalog.indicator(Coverage.NAME));
        assertEquals(Coverage.COLUMNS, List.of(c.columns()));
        coverage = c.collectAsList();
    }

    /** The Wilson score interval in its closed form, (2k + z² ∓ z·√(z² + 4k(n−k)/n)) / (2(n + z²)). */
    static double[] wilson(long k, long n) {
        double z = 1.959963984540054; // Φ⁻¹(0.975)
        double root = z * Math.sqrt(z * z + 4.0 * k * (n - k) / n);
        return new double[] {Math.max(0, (2 * k + z * z - root) / (2 * (n + z * z))),
                Math.min(1, (2 * k + z * z + root) / (2 * (n + z * z)))};
    }

    private static List<String> counts(String period) {
        return coverage.stream().filter(r -> r.getString(0).equals(period))
                .map(r -> r.getString(1) + "|" + r.getString(2) + "|" + r.getLong(3) + "|" + r.getLong(4) + "|"
                        + r.getLong(5) + "|" + r.getBoolean(10))
                .toList();
    }

    @Test
    void yearTableByEveryDimension() {
        assertEquals(List.of(
                "all|all|7|6|4|false",
                "age_band|36-45|2|2|2|true",
                "age_band|46-55|2|1|0|true",
                "age_band|<=35|1|1|0|true",
                "age_band|>=56|2|2|2|true",
                "gender|F|3|3|2|false",
                "gender|M|4|3|2|false",
                "education|bachelor|4|3|2|false",
                "education|college|1|1|0|true",
                "education|postgraduate|1|1|1|true",
                "education|secondary|1|1|1|true",
                "member_type|full|7|6|4|false",
                "role|ordinary|6|5|4|false",
                "role|secretary|1|1|0|true",
                "unit_type|agency|5|4|3|false",
                "unit_type|institution|2|2|1|true",
                "unit|U1|5|4|3|false",
                "unit|U2|2|2|1|true",
                "mobile|false|6|5|3|false",
                "mobile|true|1|1|1|true",
                "mobility_impaired|false|6|5|3|false",
                "mobility_impaired|true|1|1|1|true"), counts("2025"));
    }

    @Test
    void yearToDateIsMeasuredAgainstTheFullYearRequirement() {
        assertEquals("all|all|7|4|1|false", counts("2025Q1").get(0));
        assertEquals(List.of("member_type|full|6|4|1|false", "member_type|probationary|1|0|0|true"),
                counts("2025Q1").stream().filter(s -> s.startsWith("member_type")).toList());
        assertEquals("all|all|7|5|1|false", counts("2025Q2").get(0));
        assertEquals("all|all|7|5|4|false", counts("2025Q3").get(0));
        assertEquals("all|all|7|6|4|false", counts("2025Q4").get(0));
        assertEquals(List.of("2025", "2025Q1", "2025Q2", "2025Q3", "2025Q4"),
                coverage.stream().map(r -> r.getString(0)).distinct().toList());
    }

    @Test
    void ratesAndWilsonIntervalsMatchTheCounts() {
        for (Row r : coverage) {
            long n = r.getLong(3);
            long reached = r.getLong(4);
            long attained = r.getLong(5);
            assertEquals((double) reached / n, r.getDouble(6), 1e-15);
            assertEquals((double) attained / n, r.getDouble(7), 1e-15);
            double[] ci = wilson(attained, n);
            assertEquals(ci[0], r.getDouble(8), 1e-9, r.toString());
            assertEquals(ci[1], r.getDouble(9), 1e-9, r.toString());
        }
        Row all = coverage.get(0);
        assertEquals(0.25045836452765724, all.getDouble(8), 1e-9); // 4 of 7
        assertEquals(0.8417801447485302, all.getDouble(9), 1e-9);
    }

    @Test
    void cellSizeThresholdAtTheDefaultTenAndTheIntervalForEightOfTen(SparkSession spark) {
        StructType schema = memberPeriodsSchema();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // unit U1: exactly 10 members, 8 attain
            rows.add(member(schema, "u1-" + i, "U1", i < 8 ? 40.0 : 1.0));
        }
        for (int i = 0; i < 9; i++) { // unit U2: 9 members, one short of the threshold
            rows.add(member(schema, "u2-" + i, "U2", i < 3 ? 32.0 : 0.0));
        }
        List<Row> table = CoverageJob.coverage(spark.createDataFrame(rows, schema), 10)
                .filter("dimension in ('all', 'unit')").collectAsList();
        assertEquals(3, table.size());
        Row u1 = table.get(1);
        Row u2 = table.get(2);
        assertEquals("unit|U1|10|10|8|false", u1.getString(1) + "|" + u1.getString(2) + "|" + u1.getLong(3) + "|"
                + u1.getLong(4) + "|" + u1.getLong(5) + "|" + u1.getBoolean(10));
        assertEquals("unit|U2|9|3|3|true", u2.getString(1) + "|" + u2.getString(2) + "|" + u2.getLong(3) + "|"
                + u2.getLong(4) + "|" + u2.getLong(5) + "|" + u2.getBoolean(10));
        // Hand derivation for 8 of 10: z² = 3.84145882069, √(z² + 4·8·2/10) = √10.24145882069 = 3.20022793…,
        // (16 + 3.84145882 ∓ 1.95996398 × 3.20022793) / (2 × 13.84145882) = 0.490162472 and 0.943317849.
        assertEquals(0.49016247153664183, u1.getDouble(8), 1e-9);
        assertEquals(0.9433178485456247, u1.getDouble(9), 1e-9);
        assertEquals(wilson(8, 10)[0], u1.getDouble(8), 1e-12);
        assertEquals(wilson(8, 10)[1], u1.getDouble(9), 1e-12);
        // the overall row holds 19 members: not suppressed; its figures stay even where a group is suppressed
        assertEquals(19L, table.get(0).getLong(3));
        assertEquals(3.0 / 9, u2.getDouble(7), 1e-15);
    }

    @Test
    void periodsStillInProgressOnTheAsOfDayArePartial(SparkSession spark) {
        // As of 17 May 2025: 2024 and 2025Q1 (to 31 March) are complete; 2025 and 2025Q2 (to 30 June) are not.
        StructType schema = memberPeriodsSchema();
        List<Row> rows = new ArrayList<>();
        for (String period : List.of("2024", "2025Q1", "2025Q2", "2025")) {
            Row m = member(schema, "k1", "U1", 10.0);
            Object[] v = new Object[m.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = m.get(i);
            }
            v[0] = period;
            rows.add(RowFactory.create(v));
        }
        List<String> got = CoverageJob.coverage(spark.createDataFrame(rows, schema), 10, LocalDate.of(2025, 5, 17))
                .filter("dimension = 'all'").collectAsList().stream()
                .map(r -> r.getString(0) + "|" + r.getBoolean(11)).toList();
        assertEquals(List.of("2024|false", "2025|true", "2025Q1|false", "2025Q2|true"), got);
    }

    @Test
    void csvCopyIsWrittenForThePacks() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("indicators/coverage.csv"));
        assertEquals(String.join(",", Coverage.COLUMNS), lines.get(0));
        assertEquals(coverage.size() + 1, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(Coverage.COLUMNS.size(), line.split(",", -1).length, line);
        }
    }

    private static StructType memberPeriodsSchema() {
        List<StructField> fields = new ArrayList<>();
        for (String c : MemberPeriods.COLUMNS) {
            fields.add(DataTypes.createStructField(c, switch (c) {
                case MemberPeriods.WINDOW_START, MemberPeriods.WINDOW_END -> DataTypes.DateType;
                case MemberPeriods.REQUIREMENT -> DataTypes.IntegerType;
                case MemberPeriods.HOURS -> DataTypes.DoubleType;
                default -> DataTypes.StringType;
            }, true));
        }
        return DataTypes.createStructType(fields);
    }

    private static Row member(StructType schema, String key, String unit, double hours) {
        return RowFactory.create("2025", Date.valueOf("2025-01-01"), Date.valueOf("2025-12-31"), key, "36-45", "M",
                "bachelor", "full", "ordinary", "agency", unit, "B-" + unit, "false", "false", 32, hours);
    }
}

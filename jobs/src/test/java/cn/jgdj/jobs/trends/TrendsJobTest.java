package cn.jgdj.jobs.trends;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import cn.jgdj.schemas.work.WorkTables.RollingAttainment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made quarterly inputs for the five headlines; expected statistics worked out by hand and checked with
 * scipy (linregress, t.ppf) and pymannkendall.
 */
@ExtendWith(SparkSessionExtension.class)
class TrendsJobTest {
    private static final double TOL = 1e-12;
    private static final double CI_TOL = 1e-9;
    private static final String[] Q8 = {"2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3",
        "2025Q4"};
    private static Map<String, Row> out;
    private static List<String> columns;
    private static Inputs inputs;

    /** The six input tables of the fixture. */
    record Inputs(Dataset<Row> rolling, Dataset<Row> participation, Dataset<Row> compliance, Dataset<Row> platform,
                  Dataset<Row> volunteer, Dataset<Row> units) {
    }

    @BeforeAll
    static void runJob(SparkSession spark, @TempDir Path dir) {
        inputs = fixture(spark);
        StagedJobIO io = new StagedJobIO(spark, dir.toString(), dir.resolve("_staging/fixture").toString());
        io.write(Catalog.work(RollingAttainment.NAME), inputs.rolling());
        io.write(Catalog.indicator(Participation.NAME), inputs.participation());
        io.write(Catalog.indicator(BranchCompliance.NAME), inputs.compliance());
        io.write(Catalog.indicator(PlatformEngagement.NAME), inputs.platform());
        io.write(Catalog.indicator(Volunteer.NAME), inputs.volunteer());
        io.write(Catalog.warehouse(Units.NAME), inputs.units());
        io.commit();
        assertTrue(TrendsJob.INPUTS.stream().allMatch(io::exists), "the fixture provides every declared input");

        StagedJobIO jobIo = new StagedJobIO(spark, dir.toString(), dir.resolve("_staging/trends").toString());
        TrendsJob.run(jobIo, new JobParams(null, null, 10, LocalDate.of(2026, 1, 15), null, new byte[0], true));
        jobIo.commit();
        Dataset<Row> table = jobIo.read(TrendsJob.OUTPUTS.get(0));
        columns = Arrays.asList(table.columns());
        out = new HashMap<>();
        for (Row r : table.collectAsList()) {
            String key = r.getAs(Indicators.INDICATOR) + "|" + r.getAs(Indicators.DIMENSION) + "|"
                    + r.getAs(Indicators.GROUP) + "|" + r.getAs(Indicators.PERIOD);
            assertNull(out.put(key, r), "duplicate row " + key);
        }
    }

    @Test
    void columns() {
        assertEquals(Trends.COLUMNS, columns);
    }

    @Test
    void risingAttainmentSeries() {
        // y = 0.61 0.63 0.62 0.66 | 0.65 0.69 0.70 0.72 at x = 0..7: Sxx = 42, Sxy = 0.66, slope = 0.0157143;
        // SSE = 0.00069, s.e. = √(SSE/6/42) = 0.00165472, t(0.975, 6) = 2.446912.
        // Mann–Kendall: 26 rising pairs, 2 falling → S = 24, Var = 8·7·21/18 = 65.333, Z = 23/√65.333 = 2.84551.
        for (int i = 0; i < 8; i++) {
            Row r = get(Trends.ATTAINMENT_RATE, Dimensions.ALL, Dimensions.ALL, Q8[i]);
            assertSeries(r, 0.01571428571428571, 0.011277351078959608, 0.02015122034961181, 24,
                    2.8455120410060126, 0.0044340083031007005, Trends.RISING);
            assertFalse(r.<Boolean>getAs(Indicators.SUPPRESSED));
            if (i < 4) {
                assertNull(r.getAs(Trends.YOY_CHANGE), "no 2023 quarter to compare with");
            }
        }
        assertEquals(0.61, value(get(Trends.ATTAINMENT_RATE, Dimensions.ALL, Dimensions.ALL, "2024Q1")), TOL);
        double[] yoy = {0.65 - 0.61, 0.69 - 0.63, 0.70 - 0.62, 0.72 - 0.66};
        for (int i = 0; i < 4; i++) {
            assertEquals(yoy[i], get(Trends.ATTAINMENT_RATE, Dimensions.ALL, Dimensions.ALL, Q8[4 + i])
                    .<Double>getAs(Trends.YOY_CHANGE), TOL);
        }
    }

    @Test
    void suppressedQuarterIsKeptButLeftOutOfTheStatistics() {
        // F: 0.50 0.52 0.55 [0.90 suppressed] 0.54 0.60 → fit on x = 0 1 2 4 5. Slope 0.0160465 with an interval
        // above zero, yet Mann–Kendall S = 8 (Var 5·4·15/18 = 16.667, Z = 7/√16.667 = 1.71464, p = 0.0864): flat.
        Row suppressed = get(Trends.ATTAINMENT_RATE, Dimensions.GENDER, "F", "2024Q4");
        assertTrue(suppressed.<Boolean>getAs(Indicators.SUPPRESSED));
        assertEquals(0.9, value(suppressed), TOL);
        assertNull(suppressed.getAs(Trends.YOY_CHANGE));
        assertSeries(suppressed, 0.016046511627906972, 0.00037564031945545515, 0.03171738293635849, 8,
                1.7146428199482247, 0.08641073297370006, Trends.FLAT);
        assertEquals(0.54 - 0.50, get(Trends.ATTAINMENT_RATE, Dimensions.GENDER, "F", "2025Q1")
                .<Double>getAs(Trends.YOY_CHANGE), TOL);
        assertEquals(0.60 - 0.52, get(Trends.ATTAINMENT_RATE, Dimensions.GENDER, "F", "2025Q2")
                .<Double>getAs(Trends.YOY_CHANGE), TOL);
    }

    @Test
    void yearOnYearIsHiddenWhenTheEarlierQuarterIsSuppressed() {
        // M: 2024Q1 suppressed, 2025Q1 not: the change would reveal the suppressed value.
        Row r = get(Trends.ATTAINMENT_RATE, Dimensions.GENDER, "M", "2025Q1");
        assertFalse(r.<Boolean>getAs(Indicators.SUPPRESSED));
        assertNull(r.getAs(Trends.YOY_CHANGE));
        // Two quarters, one usable: no statistics.
        assertNoStatistics(r);
    }

    @Test
    void participationOverallUnitTypeAndUnit() {
        // Year rows are ignored. Overall: Q1 (8+6+9+3)/40 = 0.65, Q2 (7+8+19+4)/50 = 0.76, Q3 (9+9+10+0)/30.
        assertEquals(0.65, value(get(Trends.PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q1")), TOL);
        assertEquals(0.76, value(get(Trends.PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q2")), TOL);
        Row q3 = get(Trends.PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q3");
        assertEquals(28.0 / 30, value(q3), TOL);
        // x = 0 1 2: slope = (y3 − y1)/2 = 0.141667; residuals ±e with e = (y1 − 2y2 + y3)/6.
        // Three rising points: S = 3, Z = 2/√(11/3) = 1.04447, p = 0.29627: flat.
        assertSeries(q3, 0.14166666666666666, -0.09063780628561574, 0.37397113961894907, 3, 1.044465935734187,
                0.2962698714842864, Trends.FLAT);
        assertFalse(q3.<Boolean>getAs(Indicators.SUPPRESSED));
        // U1 is an agency, U2 an institution; U3 is missing from the units table (in `all` and `unit` only).
        assertEquals(0.7, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT_TYPE, "agency", "2025Q1")), TOL);
        assertEquals(0.75, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT_TYPE, "agency", "2025Q2")), TOL);
        assertEquals(0.95, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT_TYPE, "institution", "2025Q2")),
                TOL);
        assertEquals(0.7, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT, "U1", "2025Q1")), TOL);
        assertEquals(0.3, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT, "U3", "2025Q1")), TOL);
        // U3 expected nobody in Q3: no point, so only two quarters and no statistics.
        assertFalse(out.containsKey(Trends.PARTICIPATION_RATE + "|unit|U3|2025Q3"));
        assertNoStatistics(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT, "U3", "2025Q2"));
        assertEquals(3 + 3 + 3 + 3 + 3 + 2, out.keySet().stream()
                .filter(k -> k.startsWith(Trends.PARTICIPATION_RATE + "|")).count());
    }

    @Test
    void complianceShareIsAPerfectLineButTooShortToCallRising() {
        // Branches B1, B2 (U1, agency) and B3 (U2, institution): compliant 1/3, 2/3, 3/3.
        Row q2 = get(Trends.COMPLIANCE_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q2");
        assertEquals(2.0 / 3, value(q2), TOL);
        assertSeries(q2, 1.0 / 3, 1.0 / 3, 1.0 / 3, 3, 1.044465935734187, 0.2962698714842864, Trends.FLAT);
        assertEquals(0.5, value(get(Trends.COMPLIANCE_RATE, Dimensions.UNIT_TYPE, "agency", "2025Q1")), TOL);
        assertEquals(0.0, value(get(Trends.COMPLIANCE_RATE, Dimensions.UNIT_TYPE, "institution", "2025Q2")), TOL);
        assertEquals(1.0, value(get(Trends.COMPLIANCE_RATE, Dimensions.UNIT, "U2", "2025Q3")), TOL);
    }

    @Test
    void platformQuarterIsTheMeanOfItsMonthsOnXuexi() {
        // xuexi all: Jan–Mar 0.5 0.6 0.7 → 0.6; Apr–Jun 0.6 0.7 0.8 → 0.7 (dengta rows at 0.1 are not used).
        assertEquals(0.6, value(get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q1")), TOL);
        assertEquals(0.7, value(get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q2")), TOL);
        // <=35: February suppressed → Q1 (mean 0.5) suppressed; Q2 not.
        Row q1 = get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.AGE_BAND, "<=35", "2025Q1");
        assertEquals(0.5, value(q1), TOL);
        assertTrue(q1.<Boolean>getAs(Indicators.SUPPRESSED));
        assertFalse(get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.AGE_BAND, "<=35", "2025Q2")
                .<Boolean>getAs(Indicators.SUPPRESSED));
        assertEquals(4, out.keySet().stream().filter(k -> k.startsWith(Trends.PLATFORM_ACTIVE_RATE + "|")).count());
    }

    @Test
    void fallingVolunteerSeriesWithTies() {
        // 0.30 0.28 0.28 0.25 0.22 0.22 0.20 0.15: 26 falling pairs, 2 tied → S = −26;
        // Var = (8·7·21 − 2·(2·1·9))/18 = 1140/18 = 63.333; Z = −25/√63.333 = −3.14140.
        Row r = get(Trends.VOLUNTEER_PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q4");
        assertSeries(r, -0.019761904761904765, -0.02450689086502571, -0.01501691865878382, -26,
                -3.141404312187716, 0.0016813974144125332, Trends.FALLING);
        assertEquals(0.15 - 0.25, r.<Double>getAs(Trends.YOY_CHANGE), TOL);
        // Only theme `all` quarterly rows: the year rows and the clean_home rows are not points.
        assertEquals(8, out.keySet().stream()
                .filter(k -> k.startsWith(Trends.VOLUNTEER_PARTICIPATION_RATE + "|")).count());
    }

    @Test
    void malformedPeriodNamesTableAndRow(SparkSession spark) {
        Dataset<Row> rolling = table(spark, rollingSchema(), List.of(
                RowFactory.create("2025-Q1", Dimensions.ALL, Dimensions.ALL, 100L, 60L, 0.6, false)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrendsJob.trends(rolling,
                inputs.participation(), inputs.compliance(), inputs.platform(), inputs.volunteer(), inputs.units()));
        assertEquals("work/rolling_attainment (period 2025-Q1, dimension all, group all): period '2025-Q1' is not a"
                + " quarter (or month) label", e.getMessage());
    }

    @Test
    void missingColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrendsJob.trends(
                inputs.rolling(), inputs.participation(), inputs.compliance().drop(BranchCompliance.COMPLIANT),
                inputs.platform(), inputs.volunteer(), inputs.units()));
        assertTrue(e.getMessage().startsWith("indicators/branch_compliance has no column 'compliant'"),
                e.getMessage());
    }

    private static void assertSeries(Row r, double slope, double low, double high, long s, double z, double p,
                                     String direction) {
        assertEquals(slope, r.<Double>getAs(Trends.SLOPE), TOL);
        assertEquals(low, r.<Double>getAs(Trends.SLOPE_CI_LOW), CI_TOL);
        assertEquals(high, r.<Double>getAs(Trends.SLOPE_CI_HIGH), CI_TOL);
        assertEquals(s, r.<Long>getAs(Trends.MK_S));
        assertEquals(z, r.<Double>getAs(Trends.MK_Z), 1e-10);
        assertEquals(p, r.<Double>getAs(Trends.MK_P), 1e-10);
        assertEquals(direction, r.getAs(Trends.DIRECTION));
    }

    private static void assertNoStatistics(Row r) {
        for (String c : List.of(Trends.SLOPE, Trends.SLOPE_CI_LOW, Trends.SLOPE_CI_HIGH, Trends.MK_S, Trends.MK_Z,
                Trends.MK_P, Trends.DIRECTION)) {
            assertNull(r.getAs(c), c);
        }
    }

    private static double value(Row r) {
        return r.<Double>getAs(Trends.VALUE);
    }

    private static Row get(String indicator, String dimension, String group, String period) {
        Row r = out.get(indicator + "|" + dimension + "|" + group + "|" + period);
        assertNotNull(r, "no row for " + indicator + " " + dimension + "=" + group + " " + period);
        return r;
    }

    // ---- fixture -------------------------------------------------------------------------------------------

    private static Inputs fixture(SparkSession spark) {
        return new Inputs(table(spark, rollingSchema(), rollingRows()), table(spark, participationSchema(),
                participationRows()), table(spark, complianceSchema(), complianceRows()),
                table(spark, platformSchema(), platformRows()), table(spark, volunteerSchema(), volunteerRows()),
                table(spark, schema(List.of(Units.UNIT_ID, Units.UNIT_NAME, Units.UNIT_TYPE)),
                        List.of(RowFactory.create("U1", "县委办", "agency"),
                                RowFactory.create("U2", "县档案馆", "institution"))));
    }

    private static List<Row> rollingRows() {
        List<Row> rows = new ArrayList<>();
        double[] all = {0.61, 0.63, 0.62, 0.66, 0.65, 0.69, 0.70, 0.72};
        for (int i = 0; i < 8; i++) {
            rows.add(RowFactory.create(Q8[i], Dimensions.ALL, Dimensions.ALL, 100L, Math.round(all[i] * 100), all[i],
                    false));
        }
        double[] f = {0.50, 0.52, 0.55, 0.90, 0.54, 0.60};
        for (int i = 0; i < 6; i++) {
            rows.add(RowFactory.create(Q8[i], Dimensions.GENDER, "F", 50L, Math.round(f[i] * 50), f[i], i == 3));
        }
        rows.add(RowFactory.create("2024Q1", Dimensions.GENDER, "M", 8L, 4L, 0.5, true));
        rows.add(RowFactory.create("2025Q1", Dimensions.GENDER, "M", 12L, 9L, 0.75, false));
        return rows;
    }

    private static List<Row> participationRows() {
        return List.of(
                part("2025Q1", "U1", Codes.PARTY_LECTURE, 10, 8), part("2025Q1", "U1", Codes.THEME_PARTY_DAY, 10, 6),
                part("2025Q1", "U2", Codes.PARTY_LECTURE, 10, 9), part("2025Q1", "U3", Codes.PARTY_LECTURE, 10, 3),
                part("2025Q2", "U1", Codes.PARTY_LECTURE, 10, 7), part("2025Q2", "U1", Codes.THEME_PARTY_DAY, 10, 8),
                part("2025Q2", "U2", Codes.PARTY_LECTURE, 20, 19), part("2025Q2", "U3", Codes.PARTY_LECTURE, 10, 4),
                part("2025Q3", "U1", Codes.PARTY_LECTURE, 10, 9), part("2025Q3", "U1", Codes.THEME_PARTY_DAY, 10, 9),
                part("2025Q3", "U2", Codes.PARTY_LECTURE, 10, 10), part("2025Q3", "U3", Codes.PARTY_LECTURE, 0, 0),
                part("2025", "U1", Codes.PARTY_LECTURE, 1000, 1));
    }

    private static Row part(String period, String unit, String type, long expected, long present) {
        return RowFactory.create(period, unit, type, 1L, expected, present, 0L, expected - present, 0L,
                expected > 0 ? (double) present / expected : null);
    }

    private static List<Row> complianceRows() {
        boolean[][] compliant = {{true, false, false}, {true, true, false}, {true, true, true}};
        String[] branches = {"B1", "B2", "B3"};
        String[] units = {"U1", "U1", "U2"};
        List<Row> rows = new ArrayList<>();
        for (int q = 0; q < 3; q++) {
            for (int b = 0; b < 3; b++) {
                rows.add(RowFactory.create("2025Q" + (q + 1), branches[b], units[b], 1L, 3L, 3L, 1L, 3L,
                        compliant[q][b]));
            }
        }
        return rows;
    }

    private static List<Row> platformRows() {
        List<Row> rows = new ArrayList<>();
        double[] all = {0.5, 0.6, 0.7, 0.6, 0.7, 0.8};
        double[] young = {0.4, 0.5, 0.6, 0.5, 0.5, 0.5};
        for (int m = 0; m < 6; m++) {
            String month = "2025-0" + (m + 1);
            rows.add(RowFactory.create(month, "xuexi", Dimensions.ALL, Dimensions.ALL, 100L,
                    Math.round(all[m] * 100), all[m], 12.0, false));
            rows.add(RowFactory.create(month, "dengta", Dimensions.ALL, Dimensions.ALL, 100L, 10L, 0.1, 3.0, false));
            rows.add(RowFactory.create(month, "xuexi", Dimensions.AGE_BAND, "<=35", 10L,
                    Math.round(young[m] * 10), young[m], 10.0, m == 1));
        }
        return rows;
    }

    private static List<Row> volunteerRows() {
        List<Row> rows = new ArrayList<>();
        double[] all = {0.30, 0.28, 0.28, 0.25, 0.22, 0.22, 0.20, 0.15};
        for (int i = 0; i < 8; i++) {
            rows.add(RowFactory.create(Q8[i], Dimensions.ALL, Dimensions.ALL, Volunteer.ALL_THEMES, 100L,
                    Math.round(all[i] * 100), all[i], 50.0, false));
            rows.add(RowFactory.create(Q8[i], Dimensions.ALL, Dimensions.ALL, "clean_home", 100L, 90L, 0.9, 9.0,
                    false));
        }
        rows.add(RowFactory.create("2024", Dimensions.ALL, Dimensions.ALL, Volunteer.ALL_THEMES, 100L, 5L, 0.05,
                1.0, false));
        return rows;
    }

    private static StructType rollingSchema() {
        return schema(RollingAttainment.COLUMNS);
    }

    private static StructType participationSchema() {
        return schema(Participation.COLUMNS);
    }

    private static StructType complianceSchema() {
        return schema(BranchCompliance.COLUMNS);
    }

    private static StructType platformSchema() {
        return schema(PlatformEngagement.COLUMNS);
    }

    private static StructType volunteerSchema() {
        return schema(Volunteer.COLUMNS);
    }

    /** String columns unless the name says a count, a rate or a flag. */
    private static StructType schema(List<String> columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            fields.add(DataTypes.createStructField(c, typeOf(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(String c) {
        if (c.equals(Indicators.SUPPRESSED) || c.equals(BranchCompliance.COMPLIANT)) {
            return DataTypes.BooleanType;
        }
        if (c.endsWith("rate") || c.equals(Volunteer.HOURS) || c.equals(PlatformEngagement.MEDIAN_POINTS)) {
            return DataTypes.DoubleType;
        }
        if (List.of(Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP, Indicators.UNIT_ID,
                Indicators.EVENT_TYPE, BranchCompliance.BRANCH_ID, PlatformEngagement.PLATFORM, Volunteer.THEME,
                Units.UNIT_ID, Units.UNIT_NAME, Units.UNIT_TYPE).contains(c)) {
            return DataTypes.StringType;
        }
        return DataTypes.LongType;
    }

    private static Dataset<Row> table(SparkSession spark, StructType schema, List<Row> rows) {
        return spark.createDataFrame(rows, schema);
    }
}

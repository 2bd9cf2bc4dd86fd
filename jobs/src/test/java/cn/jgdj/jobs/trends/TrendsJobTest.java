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
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
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
 * Hand-made quarterly inputs for the five headlines; expected statistics worked out by hand (seasonal Kendall with
 * the quarters as seasons, seasonal Sen slope per year with Gilbert's interval) and checked with pymannkendall
 * 1.4.3 (seasonal_test, seasonal_sens_slope with period 4). The run is as of 2026-01-15: 2026Q1 is in progress.
 */
@ExtendWith(SparkSessionExtension.class)
class TrendsJobTest {
    private static final double TOL = 1e-12;
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final String[] Q12 = {"2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3",
        "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4"};
    private static Map<String, Row> out;
    private static List<String> columns;
    private static Inputs inputs;

    /** The six input tables of the fixture. */
    record Inputs(Dataset<Row> coverage, Dataset<Row> participation, Dataset<Row> compliance, Dataset<Row> platform,
                  Dataset<Row> volunteer, Dataset<Row> units) {
    }

    @BeforeAll
    static void runJob(SparkSession spark, @TempDir Path dir) {
        inputs = fixture(spark);
        StagedJobIO io = new StagedJobIO(spark, dir.toString(), dir.resolve("_staging/fixture").toString());
        io.write(Catalog.indicator(Coverage.NAME), inputs.coverage());
        io.write(Catalog.indicator(Participation.NAME), inputs.participation());
        io.write(Catalog.indicator(BranchCompliance.NAME), inputs.compliance());
        io.write(Catalog.indicator(PlatformEngagement.NAME), inputs.platform());
        io.write(Catalog.indicator(Volunteer.NAME), inputs.volunteer());
        io.write(Catalog.warehouse(Units.NAME), inputs.units());
        io.commit();
        assertTrue(TrendsJob.INPUTS.stream().allMatch(io::exists), "the fixture provides every declared input");

        StagedJobIO jobIo = new StagedJobIO(spark, dir.toString(), dir.resolve("_staging/trends").toString());
        TrendsJob.run(jobIo, new JobParams(null, null, 10, AS_OF, null, new byte[0], true));
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
    void yearToDateAttainmentClimbsEveryYearAndRisesAcrossYears() {
        // Year-to-date attainment at each quarter end, 2023–2025 (seasons Q1..Q4 across the years):
        // Q1 .10 .12 .15, Q2 .30 .33 .35, Q3 .55 .60 .62, Q4 .80 .85 .90: every season rises in all 3 pairs.
        // S = 12, Var = 4·(3·2·11/18) = 14.6667, Z = 11/√14.6667 = 2.872281, p = 0.0040752: rising.
        // Slopes per year: Q1 .02 .025 .03, Q2 .03 .025 .02, Q3 .05 .035 .02, Q4 .05 .05 .05 → median 0.03;
        // C = 1.959964·√14.6667 = 7.506: ranks 2.247 (.02/.02) and 10.753 (.05/.05) → [0.02, 0.05].
        // (A plain Mann–Kendall or a least-squares line would read the Q1 drop each January as a fall.)
        for (String q : Q12) {
            Row r = get(Trends.ATTAINMENT_RATE, Dimensions.ALL, Dimensions.ALL, q);
            assertSeries(r, 0.03, 0.02, 0.05, 12, 2.8722813232690143, 0.0040752000915204, Trends.RISING);
            assertFalse(r.<Boolean>getAs(Indicators.SUPPRESSED));
        }
        assertNull(get(Trends.ATTAINMENT_RATE, Dimensions.ALL, Dimensions.ALL, "2023Q4").getAs(Trends.YOY_CHANGE),
                "no 2022 quarter to compare with");
        assertEquals(0.90 - 0.85, get(Trends.ATTAINMENT_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q4")
                .<Double>getAs(Trends.YOY_CHANGE), TOL);
        // Coverage's year rows are not points.
        assertEquals(12 + 6 + 2, out.keySet().stream().filter(k -> k.startsWith(Trends.ATTAINMENT_RATE + "|")
                && !k.contains("|unit")).count());
    }

    @Test
    void quarterInProgressOnTheAsOfDayIsLeftOut() {
        // 2026Q1 (attainment 0.01 on 15 January, compliance not yet judged) ends after the as-of day.
        assertTrue(out.keySet().stream().noneMatch(k -> k.endsWith("|2026Q1")), out.keySet().toString());
    }

    @Test
    void suppressedQuarterIsKeptButLeftOutOfTheStatistics() {
        // F: 2024 .50 .52 .55 [.90 suppressed], 2025 .54 .60. Pairs: Q1 +1, Q2 +1 → S = 2, Var = 2·(2·1·9/18) = 2,
        // Z = 1/√2, p = 0.4795: flat. Slopes .04 .08 → 0.06; with 2 slopes no 95% bound exists (C = 2.77 > N).
        Row suppressed = get(Trends.ATTAINMENT_RATE, Dimensions.GENDER, "F", "2024Q4");
        assertTrue(suppressed.<Boolean>getAs(Indicators.SUPPRESSED));
        assertEquals(0.9, value(suppressed), TOL);
        assertNull(suppressed.getAs(Trends.YOY_CHANGE));
        assertEquals(0.06, suppressed.<Double>getAs(Trends.SLOPE), TOL);
        assertNull(suppressed.getAs(Trends.SLOPE_CI_LOW));
        assertNull(suppressed.getAs(Trends.SLOPE_CI_HIGH));
        assertEquals(2L, suppressed.<Long>getAs(Trends.SK_S));
        assertEquals(1 / Math.sqrt(2), suppressed.<Double>getAs(Trends.SK_Z), TOL);
        assertEquals(0.4795001221869535, suppressed.<Double>getAs(Trends.SK_P), 1e-12);
        assertEquals(Trends.FLAT, suppressed.getAs(Trends.DIRECTION));
        assertEquals(0.54 - 0.50, get(Trends.ATTAINMENT_RATE, Dimensions.GENDER, "F", "2025Q1")
                .<Double>getAs(Trends.YOY_CHANGE), TOL);
    }

    @Test
    void yearOnYearIsHiddenWhenTheEarlierQuarterIsSuppressed() {
        // M: 2024Q1 suppressed, 2025Q1 not: the change would reveal the suppressed value.
        Row r = get(Trends.ATTAINMENT_RATE, Dimensions.GENDER, "M", "2025Q1");
        assertFalse(r.<Boolean>getAs(Indicators.SUPPRESSED));
        assertNull(r.getAs(Trends.YOY_CHANGE));
        // One usable quarter: no season has two years, so no statistics.
        assertNoStatistics(r);
    }

    @Test
    void participationOverallUnitTypeAndUnit() {
        // Year rows are ignored. Overall: Q1 (8+6+9+3)/40 = 0.65, Q2 (7+8+19+4)/50 = 0.76, Q3 (9+9+10+0)/30.
        assertEquals(0.65, value(get(Trends.PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q1")), TOL);
        assertEquals(0.76, value(get(Trends.PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q2")), TOL);
        Row q3 = get(Trends.PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q3");
        assertEquals(28.0 / 30, value(q3), TOL);
        // Three quarters of one year: no season has two years, so no statistics.
        assertNoStatistics(q3);
        assertFalse(q3.<Boolean>getAs(Indicators.SUPPRESSED));
        // U1 is an agency, U2 an institution; U3 is missing from the units table (in `all` and `unit` only).
        assertEquals(0.7, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT_TYPE, "agency", "2025Q1")), TOL);
        assertEquals(0.75, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT_TYPE, "agency", "2025Q2")), TOL);
        assertEquals(0.95, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT_TYPE, "institution", "2025Q2")),
                TOL);
        assertEquals(0.7, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT, "U1", "2025Q1")), TOL);
        assertEquals(0.3, value(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT, "U3", "2025Q1")), TOL);
        // U3 expected nobody in Q3: no point.
        assertFalse(out.containsKey(Trends.PARTICIPATION_RATE + "|unit|U3|2025Q3"));
        assertEquals(3 + 3 + 3 + 3 + 3 + 2, out.keySet().stream()
                .filter(k -> k.startsWith(Trends.PARTICIPATION_RATE + "|")).count());
    }

    @Test
    void participationAndCompliancePointsOfSmallGroupsAreSuppressed() {
        // Coverage at 2025Q1: U2 (and so institution) has 8 eligible members, suppressed; 12 from 2025Q2.
        // U3 has no coverage row at all: an unknown group size is suppressed too.
        for (String indicator : List.of(Trends.PARTICIPATION_RATE, Trends.COMPLIANCE_RATE)) {
            assertTrue(suppressed(get(indicator, Dimensions.UNIT, "U2", "2025Q1")), indicator);
            assertFalse(suppressed(get(indicator, Dimensions.UNIT, "U2", "2025Q2")), indicator);
            assertTrue(suppressed(get(indicator, Dimensions.UNIT_TYPE, "institution", "2025Q1")), indicator);
            assertFalse(suppressed(get(indicator, Dimensions.UNIT, "U1", "2025Q1")), indicator);
            assertFalse(suppressed(get(indicator, Dimensions.ALL, Dimensions.ALL, "2025Q1")), indicator);
        }
        assertTrue(suppressed(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT, "U3", "2025Q1")));
        assertTrue(suppressed(get(Trends.PARTICIPATION_RATE, Dimensions.UNIT, "U3", "2025Q2")));
    }

    @Test
    void complianceShareInTheQuarter() {
        // Branches B1, B2 (U1, agency) and B3 (U2, institution): compliant 1/3, 2/3, 3/3; 2026Q1 is partial.
        Row q2 = get(Trends.COMPLIANCE_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q2");
        assertEquals(2.0 / 3, value(q2), TOL);
        assertNoStatistics(q2);
        assertEquals(0.5, value(get(Trends.COMPLIANCE_RATE, Dimensions.UNIT_TYPE, "agency", "2025Q1")), TOL);
        assertEquals(0.0, value(get(Trends.COMPLIANCE_RATE, Dimensions.UNIT_TYPE, "institution", "2025Q2")), TOL);
        assertEquals(1.0, value(get(Trends.COMPLIANCE_RATE, Dimensions.UNIT, "U2", "2025Q3")), TOL);
    }

    @Test
    void platformActivityIsTheQuartersShareActiveOnXuexi() {
        // Quarter rows of platform_engagement (share active on at least one day of the quarter), xuexi only;
        // the month rows (0.9) and dengta (0.1) are not used.
        assertEquals(0.62, value(get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q1")), TOL);
        assertEquals(0.71, value(get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q2")), TOL);
        Row q1 = get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.AGE_BAND, "<=35", "2025Q1");
        assertEquals(0.5, value(q1), TOL);
        assertTrue(q1.<Boolean>getAs(Indicators.SUPPRESSED));
        assertFalse(suppressed(get(Trends.PLATFORM_ACTIVE_RATE, Dimensions.AGE_BAND, "<=35", "2025Q2")));
        assertEquals(4, out.keySet().stream().filter(k -> k.startsWith(Trends.PLATFORM_ACTIVE_RATE + "|")).count());
    }

    @Test
    void fallingVolunteerSeriesWithTies() {
        // Seasons over 2023–2025: Q1 .30 .22 .20 (−3), Q2 .28 .22 .22 (−2, tie), Q3 .28 .20 .18 (−3),
        // Q4 .25 .15 .15 (−2, tie): S = −10, Var = (66 + 48 + 66 + 48)/18 = 12.6667, Z = −9/√12.6667 = −2.528782,
        // p = 0.011446: falling. Slopes sorted −.10 −.08 −.08 −.06 −.05 −.05 −.05 −.03 −.02 −.02 0 0 → −0.05;
        // C = 6.975550: ranks 2.512 (−.08/−.08) and 10.488 (−.02 + 0.488·.02 = −0.0102444).
        Row r = get(Trends.VOLUNTEER_PARTICIPATION_RATE, Dimensions.ALL, Dimensions.ALL, "2025Q4");
        assertSeries(r, -0.05, -0.08, -0.010244370553009178, -10, -2.5287816912705736, 0.011445919635635786,
                Trends.FALLING);
        assertEquals(0.15 - 0.15, r.<Double>getAs(Trends.YOY_CHANGE), TOL);
        // Only theme `all` quarterly rows: the year rows and the clean_home rows are not points.
        assertEquals(12, out.keySet().stream()
                .filter(k -> k.startsWith(Trends.VOLUNTEER_PARTICIPATION_RATE + "|")).count());
    }

    @Test
    void malformedPeriodNamesTableAndRow(SparkSession spark) {
        Dataset<Row> compliance = table(spark, complianceSchema(), List.of(
                RowFactory.create("2025-Q1", "B1", "U1", 1L, 3L, 3L, 1L, 3L, true, false)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrendsJob.trends(
                inputs.coverage(), inputs.participation(), compliance, inputs.platform(), inputs.volunteer(),
                inputs.units(), AS_OF));
        // The row is one of its groups (all, agency or U1), whichever the driver meets first.
        assertTrue(e.getMessage().matches("indicators/branch_compliance \\(period 2025-Q1, dimension \\w+,"
                + " group \\w+\\): period '2025-Q1' is not a quarter \\(or month\\) label"), e.getMessage());
    }

    @Test
    void missingColumnIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrendsJob.trends(
                inputs.coverage(), inputs.participation(), inputs.compliance().drop(BranchCompliance.COMPLIANT),
                inputs.platform(), inputs.volunteer(), inputs.units(), AS_OF));
        assertTrue(e.getMessage().startsWith("indicators/branch_compliance has no column 'compliant'"),
                e.getMessage());
    }

    private static void assertSeries(Row r, double slope, double low, double high, long s, double z, double p,
                                     String direction) {
        assertEquals(slope, r.<Double>getAs(Trends.SLOPE), TOL);
        assertEquals(low, r.<Double>getAs(Trends.SLOPE_CI_LOW), TOL);
        assertEquals(high, r.<Double>getAs(Trends.SLOPE_CI_HIGH), TOL);
        assertEquals(s, r.<Long>getAs(Trends.SK_S));
        assertEquals(z, r.<Double>getAs(Trends.SK_Z), 1e-12);
        assertEquals(p, r.<Double>getAs(Trends.SK_P), 1e-12);
        assertEquals(direction, r.getAs(Trends.DIRECTION));
    }

    private static void assertNoStatistics(Row r) {
        for (String c : List.of(Trends.SLOPE, Trends.SLOPE_CI_LOW, Trends.SLOPE_CI_HIGH, Trends.SK_S, Trends.SK_Z,
                Trends.SK_P, Trends.DIRECTION)) {
            assertNull(r.getAs(c), c);
        }
    }

    private static boolean suppressed(Row r) {
        return r.<Boolean>getAs(Indicators.SUPPRESSED);
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

    static Inputs fixture(SparkSession spark) {
        return new Inputs(table(spark, schema(Coverage.COLUMNS), coverageRows()), table(spark, participationSchema(),
                participationRows()), table(spark, complianceSchema(), complianceRows()),
                table(spark, platformSchema(), platformRows()), table(spark, volunteerSchema(), volunteerRows()),
                table(spark, schema(List.of(Units.UNIT_ID, Units.UNIT_NAME, Units.UNIT_TYPE)),
                        List.of(RowFactory.create("U1", "县委办", "agency"),
                                RowFactory.create("U2", "县档案馆", "institution"))));
    }

    private static Row cov(String period, String dimension, String group, long eligible, double rate,
                           boolean suppressed) {
        return RowFactory.create(period, dimension, group, eligible, eligible, Math.round(rate * eligible), 1.0, rate,
                null, null, suppressed, false);
    }

    private static List<Row> coverageRows() {
        List<Row> rows = new ArrayList<>();
        double[] all = {0.10, 0.30, 0.55, 0.80, 0.12, 0.33, 0.60, 0.85, 0.15, 0.35, 0.62, 0.90};
        for (int i = 0; i < 12; i++) {
            rows.add(cov(Q12[i], Dimensions.ALL, Dimensions.ALL, 100, all[i], false));
        }
        rows.add(cov("2025", Dimensions.ALL, Dimensions.ALL, 100, 0.95, false));
        rows.add(RowFactory.create("2026Q1", Dimensions.ALL, Dimensions.ALL, 100L, 3L, 1L, 0.03, 0.01, null, null,
                false, true));
        double[] f = {0.50, 0.52, 0.55, 0.90, 0.54, 0.60};
        for (int i = 0; i < 6; i++) {
            rows.add(cov(Q12[4 + i], Dimensions.GENDER, "F", 50, f[i], i == 3));
        }
        rows.add(cov("2024Q1", Dimensions.GENDER, "M", 8, 0.5, true));
        rows.add(cov("2025Q1", Dimensions.GENDER, "M", 12, 0.75, false));
        // Group sizes of the unit groups, for participation and compliance; U3 has none.
        for (String q : List.of("2025Q1", "2025Q2", "2025Q3")) {
            boolean small = q.equals("2025Q1");
            rows.add(cov(q, Dimensions.UNIT_TYPE, "agency", 30, 0.2, false));
            rows.add(cov(q, Dimensions.UNIT_TYPE, "institution", small ? 8 : 12, 0.25, small));
            rows.add(cov(q, Dimensions.UNIT, "U1", 30, 0.2, false));
            rows.add(cov(q, Dimensions.UNIT, "U2", small ? 8 : 12, 0.25, small));
        }
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
                expected > 0 ? (double) present / expected : null, false);
    }

    private static List<Row> complianceRows() {
        boolean[][] compliant = {{true, false, false}, {true, true, false}, {true, true, true}};
        String[] branches = {"B1", "B2", "B3"};
        String[] units = {"U1", "U1", "U2"};
        List<Row> rows = new ArrayList<>();
        for (int q = 0; q < 3; q++) {
            for (int b = 0; b < 3; b++) {
                rows.add(RowFactory.create("2025Q" + (q + 1), branches[b], units[b], 1L, 3L, 3L, 1L, 3L,
                        compliant[q][b], false));
            }
            // 2026Q1 is in progress on the as-of day: not yet judged.
            rows.add(RowFactory.create("2026Q1", branches[q], units[q], 0L, 0L, 0L, 0L, 0L, null, true));
        }
        return rows;
    }

    private static List<Row> platformRows() {
        List<Row> rows = new ArrayList<>();
        double[] all = {0.62, 0.71};
        double[] young = {0.5, 0.6};
        for (int q = 0; q < 2; q++) {
            String quarter = "2025Q" + (q + 1);
            rows.add(RowFactory.create(quarter, "xuexi", Dimensions.ALL, Dimensions.ALL, 100L,
                    Math.round(all[q] * 100), all[q], 12.0, false, false));
            rows.add(RowFactory.create(quarter, "dengta", Dimensions.ALL, Dimensions.ALL, 100L, 10L, 0.1, 3.0, false,
                    false));
            // <=35: 8 eligible in Q1 (suppressed), 10 in Q2.
            rows.add(RowFactory.create(quarter, "xuexi", Dimensions.AGE_BAND, "<=35", q == 0 ? 8L : 10L,
                    q == 0 ? 4L : 6L, young[q], 10.0, q == 0, false));
        }
        for (int m = 1; m <= 6; m++) {
            rows.add(RowFactory.create("2025-0" + m, "xuexi", Dimensions.ALL, Dimensions.ALL, 100L, 90L, 0.9, 12.0,
                    false, false));
        }
        return rows;
    }

    private static List<Row> volunteerRows() {
        List<Row> rows = new ArrayList<>();
        double[] all = {0.30, 0.28, 0.28, 0.25, 0.22, 0.22, 0.20, 0.15, 0.20, 0.22, 0.18, 0.15};
        for (int i = 0; i < 12; i++) {
            rows.add(RowFactory.create(Q12[i], Dimensions.ALL, Dimensions.ALL, Volunteer.ALL_THEMES, 100L,
                    Math.round(all[i] * 100), all[i], 50.0, false, false));
            rows.add(RowFactory.create(Q12[i], Dimensions.ALL, Dimensions.ALL, "clean_home", 100L, 90L, 0.9, 9.0,
                    false, false));
        }
        rows.add(RowFactory.create("2024", Dimensions.ALL, Dimensions.ALL, Volunteer.ALL_THEMES, 100L, 5L, 0.05,
                1.0, false, false));
        return rows;
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
        if (c.equals(Indicators.SUPPRESSED) || c.equals(BranchCompliance.COMPLIANT) || c.equals(Indicators.PARTIAL)) {
            return DataTypes.BooleanType;
        }
        if (c.endsWith("rate") || c.equals(Volunteer.HOURS) || c.equals(PlatformEngagement.MEDIAN_POINTS)
                || c.equals(Coverage.CI_LOW) || c.equals(Coverage.CI_HIGH)) {
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

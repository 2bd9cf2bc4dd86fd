package cn.jgdj.jobs.underserved;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.work.WorkTables.MemberOutcomes;
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
 * A county of 10,000 eligible members in 2025, built from blocks whose counts are chosen by hand:
 * <pre>
 * block  members unit age    attained reached volunteered platform_active
 * A      5000    U1   46-55  3600     4995    1500        all
 * B      4000    U2   46-55  3300     3995    1200        all
 * C       981    U3   46-55   495      942     270        all
 * D        10    U3   36-45     2        9       0        all
 * E         9    U3   <=35      3        9       0        all
 * </pre>
 * Every member is F, bachelor, full, ordinary, agency, not mobile, not mobility impaired: those dimensions have a
 * single group whose rest is empty, so they are suppressed. Tested: age 36-45 and 46-55, units U1–U3, four
 * outcomes each = 20 tests. The p-values below were computed independently (scipy: norm.sf, fisher_exact).
 */
@ExtendWith(SparkSessionExtension.class)
class UnderServedJobTest {
    private static final String YEAR = "2025";
    private static final double REL = 1e-6;
    private static Map<String, Row> out;
    private static List<String> columns;

    @BeforeAll
    static void runJob(SparkSession spark, @TempDir Path dir) {
        List<Row> members = new ArrayList<>();
        block(members, 5000, "U1", "46-55", 3600, 4995, 1500);
        block(members, 4000, "U2", "46-55", 3300, 3995, 1200);
        block(members, 981, "U3", "46-55", 495, 942, 270);
        block(members, 10, "U3", "36-45", 2, 9, 0);
        block(members, 9, "U3", "<=35", 3, 9, 0);
        StagedJobIO io = new StagedJobIO(spark, dir.toString(), dir.resolve("_staging/fixture").toString());
        io.write(Catalog.work(MemberOutcomes.NAME), spark.createDataFrame(members, outcomesSchema()));
        io.commit();

        StagedJobIO jobIo = new StagedJobIO(spark, dir.toString(), dir.resolve("_staging/under_served").toString());
        UnderServedJob.run(jobIo, params(10));
        jobIo.commit();

        Dataset<Row> table = jobIo.read(Catalog.indicator(UnderServed.NAME));
        columns = Arrays.asList(table.columns());
        out = new HashMap<>();
        for (Row r : table.collectAsList()) {
            String key = r.getAs(Indicators.PERIOD) + "|" + r.getAs(Indicators.INDICATOR) + "|"
                    + r.getAs(Indicators.DIMENSION) + "|" + r.getAs(Indicators.GROUP);
            assertNull(out.put(key, r), "duplicate row " + key);
        }
    }

    @Test
    void columnsAndRowCount() {
        assertEquals(UnderServed.COLUMNS, columns);
        // 13 groups (age 3, unit 3, seven single-group dimensions) × 4 outcomes; no `all` rows.
        assertEquals(52, out.size());
        assertTrue(out.keySet().stream().noneMatch(k -> k.contains("|all|")));
    }

    @Test
    void unitFarBehindIsFlaggedByZTest() {
        // U3 attainment 500/1000 vs 6900/9000: gap −26.67 points, z = −18.22.
        expect(UnderServed.ATTAINMENT, Dimensions.UNIT, "U3", 1000, 0.5, 9000, 6900.0 / 9000, -80.0 / 3,
                "z", 2.5569734486598565e-74, 5.113946897319713e-73, true);
    }

    @Test
    void significantButSmallGapIsNotFlagged() {
        // U1 attainment 0.72 vs 0.76: p = 5.1e-6, q = 2.0e-5, but a gap of −4 points is not material.
        expect(UnderServed.ATTAINMENT, Dimensions.UNIT, "U1", 5000, 0.72, 5000, 0.76, -4.0,
                "z", 5.124931086351877e-06, 2.049972434540751e-05, false);
        // U3 reach: smallest expected count 1000·50/10000 = 5.0 exactly, so still the z-test; gap −3.89.
        expect(UnderServed.REACH, Dimensions.UNIT, "U3", 1000, 0.96, 9000, 8990.0 / 9000, -35.0 / 9,
                "z", 1.8726880386109528e-61, 1.8726880386109528e-60, false);
    }

    @Test
    void groupOfExactlyTenIsTestedWithFisher() {
        // Age 36-45 attainment 2/10 vs 7398/9990: expected "not attained" cell 10·2600/10000 = 2.6 < 5.
        expect(UnderServed.ATTAINMENT, Dimensions.AGE_BAND, "36-45", 10, 0.2, 9990, 7398.0 / 9990,
                100 * (0.2 - 7398.0 / 9990), "fisher", 0.0005524996695879778, 0.0013812491739699443, true);
        // The large complementary group: its rest of 19 gives an expected count of 19·2600/10000 = 4.94.
        expect(UnderServed.ATTAINMENT, Dimensions.AGE_BAND, "46-55", 9981, 7395.0 / 9981, 19, 5.0 / 19,
                100 * (7395.0 / 9981 - 5.0 / 19), "fisher", 1.840686636859349e-05, 5.259104676740997e-05, false);
    }

    @Test
    void benjaminiHochbergAcrossAllOfTheYearsTests() {
        // 20 tests. Sorted p: ranks 10, 11, 12 are 0.0393691 (volunteer 36-45), 0.0488798 (volunteer U3),
        // 0.0489114 (reach 36-45); rank 13 is 0.0909220 (reach 46-55).
        // q(12) = min(20·0.0489114/12 = 0.0815190, q(13) = 20·0.0909220/13 = 0.139880) = 0.0815190;
        // q(11) = min(20·0.0488798/11 = 0.0888723, q(12)) = 0.0815190; q(10) = 20·0.0393691/10 = 0.0787381.
        // Reach 36-45 has p < 0.05 and a −9.5 point gap, yet q > 0.05: not flagged.
        expect(UnderServed.REACH, Dimensions.AGE_BAND, "36-45", 10, 0.9, 9990, 9941.0 / 9990,
                100 * (0.9 - 9941.0 / 9990), "fisher", 0.0489113904716441, 0.08151898411940683, false);
        expect(UnderServed.VOLUNTEER_PARTICIPATION, Dimensions.UNIT, "U3", 1000, 0.27, 9000, 0.3, -3.0,
                "z", 0.04887976520861799, 0.08151898411940683, false);
        expect(UnderServed.VOLUNTEER_PARTICIPATION, Dimensions.AGE_BAND, "36-45", 10, 0.0, 9990, 2970.0 / 9990,
                -100 * 2970.0 / 9990, "fisher", 0.03936905662757367, 0.07873811325514735, false);
        expect(UnderServed.REACH, Dimensions.AGE_BAND, "46-55", 9981, 9932.0 / 9981, 19, 18.0 / 19,
                100 * (9932.0 / 9981 - 18.0 / 19), "fisher", 0.09092195525928512, 0.13987993116813097, false);
        // Rank 20 (p = 1, platform activity is universal, so a zero margin and Fisher): q = 20·1/20 = 1.
        expect(UnderServed.PLATFORM_ACTIVITY, Dimensions.UNIT, "U2", 4000, 1.0, 6000, 1.0, 0.0,
                "fisher", 1.0, 1.0, false);
    }

    @Test
    void remainingTestedRows() {
        expect(UnderServed.ATTAINMENT, Dimensions.UNIT, "U2", 4000, 0.825, 6000, 4100.0 / 6000, 85.0 / 6,
                "z", 2.182225795960257e-56, 1.454817197306838e-55, false);
        expect(UnderServed.REACH, Dimensions.UNIT, "U1", 5000, 0.999, 5000, 0.991, 0.8,
                "z", 1.4192526402646933e-08, 7.096263201323466e-08, false);
        expect(UnderServed.REACH, Dimensions.UNIT, "U2", 4000, 0.99875, 6000, 0.9925, 0.625,
                "z", 1.4184017718656634e-05, 4.728005906218878e-05, false);
        expect(UnderServed.VOLUNTEER_PARTICIPATION, Dimensions.AGE_BAND, "46-55", 9981, 2970.0 / 9981, 19, 0.0,
                100 * 2970.0 / 9981, "z", 0.004569729152049651, 0.010154953671221448, false);
        expect(UnderServed.VOLUNTEER_PARTICIPATION, Dimensions.UNIT, "U1", 5000, 0.3, 5000, 0.294, 0.6,
                "z", 0.5114726783856758, 0.7306752548366797, false);
        expect(UnderServed.VOLUNTEER_PARTICIPATION, Dimensions.UNIT, "U2", 4000, 0.3, 6000, 0.295, 0.5,
                "z", 0.5919116789231066, 0.7892155718974754, false);
        for (String group : List.of("36-45", "46-55")) {
            assertEquals(1.0, get(UnderServed.PLATFORM_ACTIVITY, Dimensions.AGE_BAND, group)
                    .<Double>getAs(UnderServed.Q_VALUE), 1e-12);
        }
    }

    @Test
    void groupOfNineIsSuppressedButKeepsItsFigures() {
        Row r = get(UnderServed.ATTAINMENT, Dimensions.AGE_BAND, "<=35");
        assertEquals(9L, r.<Long>getAs(UnderServed.MEMBERS));
        assertEquals(3.0 / 9, r.<Double>getAs(UnderServed.RATE), 1e-12);
        assertEquals(9991L, r.<Long>getAs(UnderServed.REST_MEMBERS));
        assertEquals(7397.0 / 9991, r.<Double>getAs(UnderServed.REST_RATE), 1e-12);
        assertNull(r.getAs(UnderServed.TEST));
        assertNull(r.getAs(UnderServed.P_VALUE));
        assertNull(r.getAs(UnderServed.Q_VALUE));
        assertFalse(r.<Boolean>getAs(UnderServed.FLAGGED));
        assertTrue(r.<Boolean>getAs(Indicators.SUPPRESSED));
    }

    @Test
    void singleGroupDimensionHasNoRestAndIsSuppressed() {
        for (String outcome : UnderServed.OUTCOMES) {
            for (String[] dg : new String[][] {{Dimensions.GENDER, "F"}, {Dimensions.EDUCATION, "bachelor"},
                    {Dimensions.MEMBER_TYPE, "full"}, {Dimensions.ROLE, "ordinary"}, {Dimensions.UNIT_TYPE, "agency"},
                    {Dimensions.MOBILE, "false"}, {Dimensions.MOBILITY_IMPAIRED, "false"}}) {
                Row r = get(outcome, dg[0], dg[1]);
                assertEquals(10000L, r.<Long>getAs(UnderServed.MEMBERS));
                assertEquals(0L, r.<Long>getAs(UnderServed.REST_MEMBERS));
                assertNull(r.getAs(UnderServed.REST_RATE));
                assertNull(r.getAs(UnderServed.GAP_PP));
                assertNull(r.getAs(UnderServed.P_VALUE));
                assertTrue(r.<Boolean>getAs(Indicators.SUPPRESSED));
            }
        }
    }

    @Test
    void nullOutcomeIsReportedWithItsRow(SparkSession spark) {
        List<Row> members = new ArrayList<>();
        block(members, 3, "U1", "46-55", 1, 1, 1);
        Row second = members.get(1);
        Object[] bad = new Object[second.size()];
        for (int i = 0; i < bad.length; i++) {
            bad[i] = second.get(i);
        }
        bad[bad.length - 3] = null; // reached
        members.set(1, RowFactory.create(bad));
        Dataset<Row> df = spark.createDataFrame(members, outcomesSchema());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UnderServedJob.underServed(df, 10));
        assertEquals("work/member_outcomes period 2025, member_key U1-46-55-1: column 'reached' is null",
                e.getMessage());
    }

    @Test
    void missingColumnIsNamed(SparkSession spark) {
        List<Row> members = new ArrayList<>();
        block(members, 3, "U1", "46-55", 1, 1, 1);
        Dataset<Row> df = spark.createDataFrame(members, outcomesSchema()).drop(MemberOutcomes.VOLUNTEERED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UnderServedJob.underServed(df, 10));
        assertTrue(e.getMessage().startsWith("work/member_outcomes has no column 'volunteered'"), e.getMessage());
    }

    private static void expect(String outcome, String dimension, String group, long members, double rate,
                               long restMembers, double restRate, double gapPp, String test, double p, double q,
                               boolean flagged) {
        Row r = get(outcome, dimension, group);
        String where = outcome + " " + dimension + "=" + group + ": ";
        assertEquals(members, r.<Long>getAs(UnderServed.MEMBERS), where + "members");
        assertEquals(rate, r.<Double>getAs(UnderServed.RATE), 1e-12, where + "rate");
        assertEquals(restMembers, r.<Long>getAs(UnderServed.REST_MEMBERS), where + "rest_members");
        assertEquals(restRate, r.<Double>getAs(UnderServed.REST_RATE), 1e-12, where + "rest_rate");
        assertEquals(gapPp, r.<Double>getAs(UnderServed.GAP_PP), 1e-10, where + "gap_pp");
        assertEquals(test, r.getAs(UnderServed.TEST), where + "test");
        assertEquals(p, r.<Double>getAs(UnderServed.P_VALUE), p * REL, where + "p_value");
        assertEquals(q, r.<Double>getAs(UnderServed.Q_VALUE), q * REL, where + "q_value");
        assertEquals(flagged, r.<Boolean>getAs(UnderServed.FLAGGED), where + "flagged");
        assertFalse(r.<Boolean>getAs(Indicators.SUPPRESSED), where + "suppressed");
    }

    private static Row get(String outcome, String dimension, String group) {
        Row r = out.get(YEAR + "|" + outcome + "|" + dimension + "|" + group);
        assertNotNull(r, "no row for " + outcome + " " + dimension + "=" + group);
        return r;
    }

    /** n members of one unit and age band; the first `attained` are attained, and so on; all platform-active. */
    private static void block(List<Row> rows, int n, String unit, String ageBand, int attained, int reached,
                              int volunteered) {
        for (int i = 0; i < n; i++) {
            rows.add(RowFactory.create(YEAR, unit + "-" + ageBand + "-" + i, ageBand, "F", "bachelor", "full",
                    "ordinary", "agency", unit, "B-" + unit, "false", "false",
                    i < attained, i < reached, i < volunteered, true));
        }
    }

    static StructType outcomesSchema() {
        List<StructField> fields = new ArrayList<>();
        for (String c : MemberOutcomes.COLUMNS) {
            boolean flag = List.of(MemberOutcomes.ATTAINED, MemberOutcomes.REACHED, MemberOutcomes.VOLUNTEERED,
                    MemberOutcomes.PLATFORM_ACTIVE).contains(c);
            DataType type = flag ? DataTypes.BooleanType : DataTypes.StringType;
            fields.add(DataTypes.createStructField(c, type, true));
        }
        return DataTypes.createStructType(fields);
    }

    static JobParams params(int minCellSize) {
        return new JobParams(null, null, minCellSize, LocalDate.of(2026, 3, 1), null, new byte[0], true);
    }
}

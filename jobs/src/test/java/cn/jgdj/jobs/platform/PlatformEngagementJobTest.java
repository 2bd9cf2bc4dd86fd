package cn.jgdj.jobs.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class PlatformEngagementJobTest {
    @TempDir
    static Path out;
    private static List<Row> table;

    /**
     * p1: U1 all along, born 1989-02-15 (35 in January, 36 in February). p2: born 1980, moves from B1 (U1) to B2 (U2)
     * on 15 February. p3: exempt. p4: U2, joins 10 February, born 1990. p5: candidate. Minimum cell size 3.
     */
    @BeforeAll
    static void run(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2");
        f.member("p1").born("1989-02-15").add();
        f.member("p2").born("1980-01-01").valid("2020-01-01", "2025-02-14").add();
        f.member("p2").born("1980-01-01").branch("B2").valid("2025-02-15", null).add();
        f.member("p3").exempt().add();
        f.member("p4").born("1990-01-01").branch("B2").valid("2025-02-10", null).add();
        f.member("p5").type(Codes.CANDIDATE).add();
        f.usage("p1", "xuexi", "2025-01-03", 30, 20)
                .usage("p1", "xuexi", "2025-01-04", 10, 5)
                .usage("p1", "xuexi", "2025-01-05", 0, 0) // not an active day
                .usage("p2", "xuexi", "2025-01-10", 50, 30)
                .usage("p1", "dengta", "2025-01-06", 0, 15) // active with minutes only: 0 points
                .usage("p3", "xuexi", "2025-01-07", 99, 60) // exempt: not counted
                .usage("p1", "xuexi", "2025-02-01", 20, 10)
                .usage("p2", "xuexi", "2025-02-20", 40, 10)
                .usage("p2", "xuexi", "2025-02-21", 0, 10)
                .usage("p4", "xuexi", "2025-02-12", 60, 30)
                .usage("p4", "dengta", "2025-02-13", 0, 0)
                .usage("p5", "xuexi", "2025-02-01", 100, 60); // candidate: not counted
        StagedJobIO io = CuratedFixture.io(spark, out);
        f.writeTo(io);
        PlatformEngagementJob.run(io, CuratedFixture.params(3, null));
        io.commit();
        Dataset<Row> t = io.read(Catalog.indicator(PlatformEngagement.NAME));
        assertEquals(PlatformEngagement.COLUMNS, List.of(t.columns()));
        table = t.collectAsList();
    }

    /** platform|dimension|group|eligible|active|active_rate|median|suppressed for a month and some dimensions. */
    private static List<String> rows(String month, List<String> dimensions) {
        return table.stream().filter(r -> r.getString(0).equals(month) && dimensions.contains(r.getString(2)))
                .map(r -> r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getLong(4) + "|"
                        + r.getLong(5) + "|" + r.getDouble(6) + "|" + (r.isNullAt(7) ? "null" : r.getDouble(7)) + "|"
                        + r.getBoolean(8))
                .toList();
    }

    @Test
    void january() {
        assertEquals(List.of(
                "xuexi|all|all|2|2|1.0|35.0|true", // p1 20 a day (40 over 2 days), p2 50: median 35
                "xuexi|age_band|36-45|1|1|1.0|50.0|true",
                "xuexi|age_band|<=35|1|1|1.0|20.0|true",
                "xuexi|unit|U1|2|2|1.0|35.0|true",
                "dengta|all|all|2|1|0.5|0.0|true",
                "dengta|age_band|36-45|1|0|0.0|null|true",
                "dengta|age_band|<=35|1|1|1.0|0.0|true",
                "dengta|unit|U1|2|1|0.5|0.0|true"), rows("2025-01", List.of("all", "age_band", "unit")));
    }

    @Test
    void februaryTakesAttributesAsOfTheMonth() {
        assertEquals(List.of(
                "xuexi|all|all|3|3|1.0|20.0|false", // 20, 20 (40 over 2 active days), 60
                "xuexi|age_band|36-45|2|2|1.0|20.0|true",
                "xuexi|age_band|<=35|1|1|1.0|60.0|true",
                "xuexi|unit|U1|1|1|1.0|20.0|true",
                "xuexi|unit|U2|2|2|1.0|40.0|true",
                "dengta|all|all|3|0|0.0|null|false",
                "dengta|age_band|36-45|2|0|0.0|null|true",
                "dengta|age_band|<=35|1|0|0.0|null|true",
                "dengta|unit|U1|1|0|0.0|null|true",
                "dengta|unit|U2|2|0|0.0|null|true"), rows("2025-02", List.of("all", "age_band", "unit")));
    }

    @Test
    void quarterIsTheShareActiveOnAtLeastOneDayOfIt() {
        // 2025Q1: p1 (36 on 31 March, U1), p2 (last row in U2), p4 (U2, 35). xuexi: all three active on some day;
        // points per active day p1 60/3 = 20, p2 90/3 = 30 (21 Feb: minutes only, still active), p4 60 → median 30.
        // dengta: only p1 (6 January, minutes only) → 1/3, where the mean of the monthly rates (0.5, 0) is 0.25.
        assertEquals(List.of(
                "xuexi|all|all|3|3|1.0|30.0|false",
                "xuexi|age_band|36-45|2|2|1.0|25.0|true",
                "xuexi|age_band|<=35|1|1|1.0|60.0|true",
                "xuexi|unit|U1|1|1|1.0|20.0|true",
                "xuexi|unit|U2|2|2|1.0|45.0|true",
                "dengta|all|all|3|1|0.3333333333333333|0.0|false",
                "dengta|age_band|36-45|2|1|0.5|0.0|true",
                "dengta|age_band|<=35|1|0|0.0|null|true",
                "dengta|unit|U1|1|1|1.0|0.0|true",
                "dengta|unit|U2|2|0|0.0|null|true"), rows("2025Q1", List.of("all", "age_band", "unit")));
    }

    @Test
    void periodsInProgressOnTheAsOfDayArePartialAndLaterUsageIsLeftOut(SparkSession spark, @TempDir Path dir) {
        // As of 10 February: January complete; February and 2025Q1 partial; usage from 11 February on not counted
        // (p4 joins on the 10th and is eligible, but active only on the 12th).
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").branch("B1", "U1");
        f.member("p1").born("1989-02-15").add();
        f.member("p4").born("1990-01-01").valid("2025-02-10", null).add();
        f.usage("p1", "xuexi", "2025-01-03", 30, 20).usage("p1", "xuexi", "2025-02-10", 20, 10)
                .usage("p4", "xuexi", "2025-02-12", 60, 30).usage("p1", "xuexi", "2025-04-02", 5, 5);
        StagedJobIO io = CuratedFixture.io(spark, dir);
        f.writeTo(io);
        PlatformEngagementJob.run(io, new JobParams(null, null, 1, LocalDate.of(2025, 2, 10), null, new byte[0],
                true));
        io.commit();
        List<String> got = io.read(Catalog.indicator(PlatformEngagement.NAME))
                .where("platform = 'xuexi' and dimension = 'all'").collectAsList().stream()
                .map(r -> r.getString(0) + "|" + r.getLong(4) + "|" + r.getLong(5) + "|" + r.getBoolean(9)).sorted()
                .toList();
        assertEquals(List.of("2025-01|1|1|false", "2025-02|2|1|true", "2025Q1|2|1|true"), got);
    }

    @Test
    void everyMonthAndPlatformHasEveryDimension() {
        assertEquals(List.of("2025-01", "2025-02", "2025Q1"),
                table.stream().map(r -> r.getString(0)).distinct().toList());
        assertTrue(table.stream().noneMatch(r -> r.getBoolean(9)), "as of 2026-06-30 every period is complete");
        // January, per platform: all 1 + age_band 2 + one group in each of the other 8 dimensions = 11
        assertEquals(22, table.stream().filter(r -> r.getString(0).equals("2025-01")).count());
    }
}

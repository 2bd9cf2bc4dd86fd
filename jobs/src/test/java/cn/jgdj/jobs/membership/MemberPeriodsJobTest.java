package cn.jgdj.jobs.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class MemberPeriodsJobTest {
    @TempDir
    static Path out;
    private static List<Row> periods;

    @BeforeAll
    static void run(SparkSession spark) {
        StagedJobIO io = CuratedFixture.io(spark, out);
        MembershipFixture.create(spark).writeTo(io);
        MemberPeriodsJob.run(io, CuratedFixture.params(10, null));
        io.commit();
        Dataset<Row> table = io.read(Catalog.work(MemberPeriods.NAME));
        assertEquals(MemberPeriods.COLUMNS, List.of(table.columns()));
        periods = table.collectAsList();
    }

    /** member|window|age_band|gender|education|type|role|unit_type|unit|branch|mobile|impaired|requirement|hours. */
    private static List<String> rows(String period) {
        return periods.stream().filter(r -> r.getString(0).equals(period))
                .map(r -> r.getString(3) + "|" + r.getDate(1) + ".." + r.getDate(2) + "|" + r.getString(4) + "|"
                        + r.getString(5) + "|" + r.getString(6) + "|" + r.getString(7) + "|" + r.getString(8) + "|"
                        + r.getString(9) + "|" + r.getString(10) + "|" + r.getString(11) + "|" + r.getString(12)
                        + "|" + r.getString(13) + "|" + r.getInt(14) + "|" + r.getDouble(15))
                .sorted().toList();
    }

    @Test
    void windowsFollowTheEventSpan() {
        assertEquals(List.of("2025", "2025Q1", "2025Q2", "2025Q3", "2025Q4"),
                periods.stream().map(r -> r.getString(0)).distinct().sorted().toList());
    }

    @Test
    void firstQuarterToDate() {
        assertEquals(List.of(
                "mA|2025-01-01..2025-03-31|<=35|M|bachelor|full|ordinary|agency|U1|B1|false|false|32|10.0",
                "mB|2025-01-01..2025-03-31|36-45|F|bachelor|full|ordinary|agency|U1|B1|true|false|32|20.0",
                "mC|2025-01-01..2025-03-31|<=35|F|college|probationary|ordinary|agency|U1|B1|false|false|32|0.0",
                "mE|2025-01-01..2025-03-31|>=56|M|postgraduate|full|ordinary|agency|U1|B1|false|false|27|27.0",
                "mF|2025-01-01..2025-03-31|46-55|M|bachelor|full|secretary|institution|U2|B2|false|false|56|0.0",
                "mH|2025-01-01..2025-03-31|>=56|F|secondary|full|ordinary|agency|U1|B1|false|true|6|5.5",
                "mI|2025-01-01..2025-03-31|46-55|M|bachelor|full|ordinary|agency|U1|B1|false|false|16|0.0"),
                rows("2025Q1"));
    }

    @Test
    void secondQuarterToDateTakesTheTransferredBranch() {
        assertEquals(List.of(
                "mA|2025-01-01..2025-06-30|<=35|M|bachelor|full|ordinary|agency|U1|B1|false|false|32|10.0",
                "mB|2025-01-01..2025-06-30|36-45|F|bachelor|full|ordinary|institution|U2|B2|true|false|32|20.0",
                "mC|2025-01-01..2025-06-30|<=35|F|college|probationary|ordinary|agency|U1|B1|false|false|32|31.5",
                "mE|2025-01-01..2025-06-30|>=56|M|postgraduate|full|ordinary|agency|U1|B1|false|false|27|27.0",
                "mF|2025-01-01..2025-06-30|46-55|M|bachelor|full|secretary|institution|U2|B2|false|false|56|0.0",
                "mH|2025-01-01..2025-06-30|>=56|F|secondary|full|ordinary|agency|U1|B1|false|true|6|5.5",
                "mI|2025-01-01..2025-06-30|46-55|M|bachelor|full|ordinary|agency|U1|B1|false|false|16|0.0"),
                rows("2025Q2"));
    }

    @Test
    void yearAndYearToDateWindowCountEachMemberOnce() {
        List<String> year = List.of(
                "mA|2025-01-01..2025-12-31|36-45|M|bachelor|full|ordinary|agency|U1|B1|false|false|32|35.0",
                "mB|2025-01-01..2025-12-31|36-45|F|bachelor|full|ordinary|institution|U2|B2|true|false|32|32.0",
                "mC|2025-01-01..2025-12-31|<=35|F|college|full|ordinary|agency|U1|B1|false|false|32|31.5",
                "mE|2025-01-01..2025-12-31|>=56|M|postgraduate|full|ordinary|agency|U1|B1|false|false|27|27.0",
                "mF|2025-01-01..2025-12-31|46-55|M|bachelor|full|secretary|institution|U2|B2|false|false|56|50.0",
                "mH|2025-01-01..2025-12-31|>=56|F|secondary|full|ordinary|agency|U1|B1|false|true|6|6.5",
                "mI|2025-01-01..2025-12-31|46-55|M|bachelor|full|ordinary|agency|U1|B1|false|false|16|0.0");
        assertEquals(year, rows("2025"));
        assertEquals(year, rows("2025Q4"));
    }

    @Test
    void ageBandChangesAtTheBirthdayAndTypeAtTheChange() {
        List<String> q3 = rows("2025Q3");
        assertEquals("mA|2025-01-01..2025-09-30|36-45|M|bachelor|full|ordinary|agency|U1|B1|false|false|32|35.0",
                q3.get(0));
        assertEquals("mC|2025-01-01..2025-09-30|<=35|F|college|full|ordinary|agency|U1|B1|false|false|32|31.5",
                q3.get(2));
        assertEquals(7, q3.size());
    }
}

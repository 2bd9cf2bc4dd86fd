package cn.jgdj.jobs.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.membership.MembershipFixture;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.Followup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class FollowupJobTest {

    private static List<String> run(StagedJobIO io, Integer reviewYear) {
        FollowupJob.run(io, CuratedFixture.params(10, null).withReviewYear(reviewYear));
        io.commit();
        Dataset<Row> t = io.read(Catalog.restricted(Followup.NAME));
        assertEquals(Followup.COLUMNS, List.of(t.columns()));
        // period|member|unit|hours|requirement|projected, in the table's own order
        return t.collectAsList().stream().map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|"
                + r.getDouble(3) + "|" + r.getInt(4) + "|" + r.getDouble(5)).toList();
    }

    @Test
    void aCompleteYearListsTheMembersWhoDidNotAttain(SparkSession spark, @TempDir Path out) throws Exception {
        StagedJobIO io = CuratedFixture.io(spark, out);
        MembershipFixture.create(spark).writeTo(io); // last event 15 December: 12 months elapsed
        assertEquals(List.of(
                "2025|mC|U1|31.5|32|31.5",
                "2025|mI|U1|0.0|16|0.0", // paced over the 6 months before becoming exempt
                "2025|mF|U2|50.0|56|50.0"), run(io, null));
        assertEquals(4, Files.readAllLines(out.resolve("restricted/followup.csv")).size());
    }

    @Test
    void midYearPaceFromTheMonthsElapsed(SparkSession spark, @TempDir Path out) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2")
                .event("E2024a", Codes.PARTY_LECTURE, "2024-03-01T09:00", "2024-03-01T11:00", null)
                .event("E2024b", Codes.PARTY_LECTURE, "2024-11-30T09:00", "2024-11-30T11:00", null)
                .event("E2025a", Codes.PARTY_LECTURE, "2025-01-05T09:00", "2025-01-05T11:00", null)
                .event("E2025b", Codes.PARTY_LECTURE, "2025-05-20T09:00", "2025-05-20T11:00", null);
        f.member("f1").add();
        f.member("f2").add();
        f.member("f3").valid("2025-03-15", null).add();
        f.member("f4").role(Codes.SECRETARY).branch("B2").add();
        f.member("f5").valid("2025-06-01", null).add();
        f.member("f6").exempt().add();
        f.credit("f1", "2025-02-01", 10)
                .credit("f2", "2025-02-01", 14)
                .credit("f3", "2025-04-01", 8)
                .credit("f4", "2025-05-01", 23)
                .credit("f6", "2024-05-01", 1);
        StagedJobIO io = CuratedFixture.io(spark, out);
        f.writeTo(io);
        // As of 20 May (5 months): f1 10 < 32×5/12 = 13.33 → 10×12/5 = 24; f2 14 is on pace;
        // f3 joined mid-March: 27 over 10 months, 3 elapsed: 8 < 8.1 → 8×10/3 = 26.67;
        // f4 secretary 23 < 56×5/12 = 23.33 → 55.2; f5 not yet a member; f6 exempt.
        assertEquals(List.of(
                "2025|f1|U1|10.0|32|24.0",
                "2025|f3|U1|8.0|27|26.67",
                "2025|f4|U2|23.0|56|55.2"), run(io, null));
        // The review year can be chosen: 2024 ran to 30 November, 11 months; nobody had credits in it.
        assertEquals(List.of(
                "2024|f1|U1|0.0|32|0.0",
                "2024|f2|U1|0.0|32|0.0",
                "2024|f4|U2|0.0|56|0.0"), run(io, 2024));
    }
}

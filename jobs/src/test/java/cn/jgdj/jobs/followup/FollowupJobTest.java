package cn.jgdj.jobs.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.membership.MembershipFixture;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.Followup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
        return run(io, CuratedFixture.params(10, null).withReviewYear(reviewYear));
    }

    private static List<String> run(StagedJobIO io, JobParams params) {
        FollowupJob.run(io, params);
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
                "2025|mF|U2|50.0|56|50.0"), run(io, (Integer) null));
        assertEquals(4, Files.readAllLines(out.resolve("restricted/followup.csv")).size());
    }

    @Test
    void midYearPaceFromTheDaysElapsed(SparkSession spark, @TempDir Path out) {
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
        f.member("f7").valid("2025-03-15", null).add();
        // A transfer exported as a one-day touch: 1 March is held once (by the later row).
        f.member("f8").valid("2000-01-01", "2025-03-01").add();
        f.member("f8").branch("B2").valid("2025-03-01", null).add();
        f.credit("f1", "2025-02-01", 10)
                .credit("f2", "2025-02-01", 14)
                .credit("f3", "2025-04-01", 8)
                .credit("f4", "2025-05-01", 23)
                .credit("f6", "2024-05-01", 1)
                .credit("f7", "2025-04-01", 6)
                .credit("f8", "2025-02-01", 12);
        StagedJobIO io = CuratedFixture.io(spark, out);
        f.writeTo(io);
        // As of 20 May: 140 of 365 days elapsed. f1 10 < 32×140/365 = 12.27 → 10×365/140 = 26.07; f2 14 on pace;
        // f3 joined 15 March: 292 eligible days, 67 elapsed, requirement 27 (10 months): 8 ≥ 27×67/292 = 6.20 is on
        // pace (by calendar share, 10.36, it would be flagged); f7 the same with 6 < 6.20 → 6×292/67 = 26.15;
        // f4 secretary 23 ≥ 56×140/365 = 21.48 is on pace (the old month count, 56×5/12 = 23.33, flagged him);
        // f8 handover: 365 days, 140 elapsed: 12 < 12.27 → 31.29; f5 not yet a member; f6 exempt.
        JobParams asOf20May = new JobParams(null, null, 10, LocalDate.of(2025, 5, 20), null, new byte[0], true);
        assertEquals(List.of(
                "2025|f1|U1|10.0|32|26.07",
                "2025|f7|U1|6.0|27|26.15",
                "2025|f8|U2|12.0|32|31.29"), run(io, asOf20May));
        // An earlier review year is complete as of 20 May 2025: whoever is short of the requirement is listed.
        assertEquals(List.of(
                "2024|f1|U1|0.0|32|0.0",
                "2024|f2|U1|0.0|32|0.0",
                "2024|f8|U1|0.0|32|0.0",
                "2024|f4|U2|0.0|56|0.0"), run(io, asOf20May.withReviewYear(2024)));
    }
}

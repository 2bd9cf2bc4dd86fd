package cn.jgdj.jobs.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.followup.FollowupJob;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.membership.MemberPeriodsJob;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Followup;
import cn.jgdj.schemas.indicators.Indicators.Forecast;
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
class ForecastJobTest {

    private static JobParams asOf(String day) {
        return new JobParams(null, null, 1, LocalDate.parse(day), null, new byte[0], true);
    }

    @Test
    void forecastsFromEarlierYearsAndAgreesWithTheFollowupList(SparkSession spark, @TempDir Path out) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").branch("B1", "U1")
                .event("E1", Codes.PARTY_LECTURE, "2023-01-05T09:00", "2023-01-05T11:00", null)
                .event("E2", Codes.PARTY_LECTURE, "2025-12-20T09:00", "2025-12-20T11:00", null);
        f.member("a").add();
        f.member("b").add();
        f.member("c").add();
        // Each year: a has 10 by February and 30 more in October (attains), b 20 in March (does not), c nothing.
        for (int y = 2023; y <= 2025; y++) {
            f.credit("a", y + "-02-01", 10).credit("b", y + "-03-01", 20);
            if (y < 2025) {
                f.credit("a", y + "-10-01", 30);
            }
        }
        StagedJobIO io = CuratedFixture.io(spark, out);
        f.writeTo(io);
        MemberPeriodsJob.run(io, asOf("2025-09-30"));
        io.commit();
        ForecastJob.run(io, asOf("2025-09-30"));
        FollowupJob.run(io, asOf("2025-06-30"));
        io.commit();
        Dataset<Row> t = io.read(Catalog.indicator(Forecast.NAME));
        assertEquals(Forecast.COLUMNS, List.of(t.columns()));
        // At 30 June (181 of 365 days; 182 of 366 in 2024) pace is 32 × share ≈ 15.9: a (10) is between half and
        // the pace (bin 2), b (20) under 1.5 times it (bin 3), c has nothing (bin 0). In 2023 and 2024 only a's
        // bin attained, so 2025's forecast is 1 of 3 with no spread; 2024 has one earlier year only.
        List<String> q2 = t.filter(t.col(Forecast.AS_OF).endsWith("Q2")
                        .and(t.col(Indicators.DIMENSION).equalTo("all")))
                .orderBy(Indicators.PERIOD).collectAsList().stream()
                .map(r -> r.getAs(Indicators.PERIOD) + "|" + r.getAs(Forecast.ELIGIBLE) + "|"
                        + r.getAs(Forecast.BEHIND_PACE) + "|" + r.getAs(Forecast.PROJECTED_RATE) + "|"
                        + r.getAs(Forecast.PI_LOW) + "|" + r.getAs(Forecast.PI_HIGH) + "|"
                        + r.getAs(Forecast.ACTUAL_RATE) + "|" + r.getAs(Forecast.STATUS)).toList();
        double third = 1.0 / 3;
        assertEquals(List.of(
                "2023|3|2|null|null|null|" + third + "|insufficient_history",
                "2024|3|2|null|null|null|" + third + "|insufficient_history",
                "2025|3|2|" + third + "|" + third + "|" + third + "|null|ok"), q2);
        // The follow-up list as of the same quarter end lists exactly the members the forecast counts as behind.
        Dataset<Row> followup = io.read(Catalog.restricted(Followup.NAME));
        assertEquals(List.of("a", "c"), followup.orderBy(Followup.MEMBER_KEY).collectAsList().stream()
                .map(r -> r.<String>getAs(Followup.MEMBER_KEY)).toList());
        // At 31 March (90 days) a is on track (bin 3) and b beyond it (bin 4): in earlier years bin 3 attained.
        Row q1 = t.filter(t.col(Forecast.AS_OF).equalTo("2025Q1").and(t.col(Indicators.DIMENSION).equalTo("all")))
                .first();
        assertEquals(1L, (long) q1.<Long>getAs(Forecast.BEHIND_PACE));
        assertEquals(third, q1.<Double>getAs(Forecast.PROJECTED_RATE), 1e-12);
        assertTrue(t.filter(t.col(Forecast.AS_OF).endsWith("Q4")).isEmpty());
    }
}

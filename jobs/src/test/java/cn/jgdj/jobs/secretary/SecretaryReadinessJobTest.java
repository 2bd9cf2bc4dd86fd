package cn.jgdj.jobs.secretary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.SecretaryReadiness;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class SecretaryReadinessJobTest {

    @Test
    void countsTrainedNewlyAppointedAndOverdueSecretaries(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2")
                .event("R1", Codes.ROTATION_TRAINING, "2025-03-01T09:00", "2025-03-01T17:00", null)
                .event("R3", Codes.ROTATION_TRAINING, "2025-05-01T09:00", "2025-05-01T17:00", null)
                .event("C1", Codes.TRAINING_CLASS, "2025-07-15T09:00", "2025-07-15T17:00", null)
                .event("R2", Codes.ROTATION_TRAINING, "2025-10-01T09:00", "2025-10-01T17:00", null);
        f.member("s1").role(Codes.SECRETARY).add();                                      // serving, trained
        f.member("s2").valid("2000-01-01", "2025-01-31").add();                          // ordinary until January
        f.member("s2").role(Codes.SECRETARY).valid("2025-02-01", null).add();            // new; window to 31 July
        f.member("s3").role(Codes.SECRETARY).branch("B2").valid("2025-03-01", null).add(); // new; trained late
        f.member("s4").role(Codes.SECRETARY).branch("B2").valid("2025-09-01", null).add(); // new; window still open
        f.member("s5").role(Codes.SECRETARY).branch("B2").valid("2025-04-01", null).add(); // new; absent only
        f.member("o1").add();                                                            // not a secretary
        f.attend("R1", "s1", Codes.PRESENT, null, 2025).attend("C1", "s2", Codes.PRESENT, null, 2025)
                .attend("R2", "s3", Codes.MAKEUP, null, 2025).attend("R3", "s5", "absent", null, 2025)
                .attend("R1", "o1", Codes.PRESENT, null, 2025);
        Dataset<Row> t = SecretaryReadinessJob.readiness(f.members(), f.branches(), f.units(), f.events(),
                f.attendance(), 2025, 2025, LocalDate.of(2025, 12, 31), 6, 3);
        assertEquals(SecretaryReadiness.COLUMNS, List.of(t.columns()));
        // period|dimension|group|secretaries|trained|rate|new|in window|rate|overdue|rate|suppressed
        List<String> rows = t.collectAsList().stream().map(r -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                b.append(i == 0 ? "" : "|").append(r.get(i));
            }
            return b.toString();
        }).toList();
        assertEquals(List.of(
                "2025|all|all|5|3|0.6|4|1|0.25|2|0.5|false",
                "2025|unit_type|agency|2|2|1.0|1|1|1.0|0|0.0|true",
                "2025|unit_type|institution|3|1|0.3333333333333333|3|0|0.0|2|0.6666666666666666|false",
                "2025|unit|U1|2|2|1.0|1|1|1.0|0|0.0|true",
                "2025|unit|U2|3|1|0.3333333333333333|3|0|0.0|2|0.6666666666666666|false"), rows);
    }
}

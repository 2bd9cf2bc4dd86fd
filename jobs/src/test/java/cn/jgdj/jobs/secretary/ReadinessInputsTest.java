package cn.jgdj.jobs.secretary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.testing.SparkSessionExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class ReadinessInputsTest {

    @Test
    void secretariesGetTheirBranchesUnitAndTypeAndTrainingsTheirDay(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency")
                .branch("B1", "U1").branch("B2", "U9")                       // U9 is not in the units file
                .event("R1", Codes.ROTATION_TRAINING, "2025-03-01T09:00", "2025-03-01T17:00", null)
                .event("C1", Codes.TRAINING_CLASS, "2025-07-15T09:00", "2025-07-15T17:00", null)
                .event("M1", Codes.PARTY_LECTURE, "2025-04-01T09:00", "2025-04-01T10:00", null);
        f.member("s1").role(Codes.SECRETARY).valid("2024-01-01", null).add();
        f.member("s2").role(Codes.SECRETARY).branch("B2").valid("2025-02-01", "2025-06-30").add();
        f.member("s3").role(Codes.SECRETARY).branch("B7").valid("2025-02-01", null).add(); // branch not in the file
        f.member("o1").valid("2024-01-01", null).add();                                   // not a secretary

        ReadinessInputs in = ReadinessInputs.collect(f.members(), f.branches(), f.units(), f.events());

        assertEquals(List.of(
                new ReadinessRows.SecretaryRow("s1", LocalDate.of(2024, 1, 1), null, "U1", "agency"),
                new ReadinessRows.SecretaryRow("s2", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30), "U9", null)),
                in.secretaryRows());
        // Trainings only, by the day they start; the lecture is not a training.
        assertEquals(Map.of("R1", LocalDate.of(2025, 3, 1), "C1", LocalDate.of(2025, 7, 15)), in.trainingDays());
    }
}

package cn.jgdj.jobs.reportquestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.credit.CreditedHoursJob;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.membership.MemberPeriodsJob;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three tables from one small county run through credit and member periods (minimum cell size 2). Expected
 * rows worked out by hand from the fixture below.
 */
@ExtendWith(SparkSessionExtension.class)
class ReportQuestionsJobTest {
    @TempDir
    static Path out;
    private static StagedJobIO io;

    @BeforeAll
    static void runJobs(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "agency")
                .unit("U3", "institution").branch("B1", "U1").branch("B2", "U2").branch("B3", "U3");
        f.member("m1").role(Codes.SECRETARY).add();                                              // 36-45
        f.member("m2").role("party_affairs").branch("B2").born("1995-03-01").impaired().add();   // <=35
        f.member("m3").born("1960-01-01").add();                                                 // >=56
        f.member("m4").branch("B2").valid("2000-01-01", "2025-05-31").add();                     // ordinary, then
        f.member("m4").branch("B2").role(Codes.SECRETARY).valid("2025-06-01", null).add();       // secretary
        f.member("c1").type(Codes.CANDIDATE).add();
        f.member("c2").type(Codes.ACTIVIST).add();
        // Observation: U1 two sessions, one observed; U2 one session, none observed; U3 none.
        f.attend("T1", "m1", Codes.PRESENT, null, 2025).attend("T1", "m3", Codes.OBSERVER, null, 2025)
                .attend("T2", "m1", Codes.PRESENT, null, 2025).attend("T3", "m4", Codes.PRESENT, null, 2025)
                // Rotation training: R1 offline, R2 hybrid (a class by its type, not online).
                .attend("R1", "m1", Codes.PRESENT, null, 2025).attend("R1", "m3", Codes.PRESENT, null, 2025)
                .attend("R1", "m2", Codes.ABSENT, null, 2025).attend("R2", "m1", Codes.MAKEUP, null, 2025)
                // C1: one secretary (m1), one ordinary member (m4 before June), one party-affairs cadre: a tie,
                // won by secretary. C2: two secretaries (m4 after June). C3: two candidates-to-be and one ordinary.
                .attend("C1", "m1", Codes.PRESENT, null, 2025).attend("C1", "m4", Codes.ABSENT, null, 2025)
                .attend("C1", "m2", Codes.EXCUSED, null, 2025)
                .attend("C2", "m4", Codes.PRESENT, null, 2025).attend("C2", "m1", Codes.PRESENT, null, 2025)
                .attend("C3", "c1", Codes.PRESENT, null, 2025).attend("C3", "c2", Codes.ABSENT, null, 2025)
                .attend("C3", "m3", Codes.PRESENT, null, 2025)
                .attend("L1", "m2", Codes.PRESENT, null, 2025)
                .attend("O1", "m2", Codes.PRESENT, null, 2025).attend("O1", "m3", Codes.MAKEUP, null, 2025);
        List<Row> events = new ArrayList<>();
        events.add(event("T1", Codes.THEORY_STUDY_GROUP, "U1", "2025-03-05", 2.0, "offline"));
        events.add(event("T2", Codes.THEORY_STUDY_GROUP, "U1", "2025-06-05", 2.0, "offline"));
        events.add(event("T3", Codes.THEORY_STUDY_GROUP, "U2", "2025-04-05", 2.0, "offline"));
        events.add(event("R1", Codes.ROTATION_TRAINING, "U1", "2025-01-10", 6.0, "offline"));
        events.add(event("R2", Codes.ROTATION_TRAINING, "U2", "2025-02-10", 6.0, "hybrid"));
        events.add(event("C1", Codes.TRAINING_CLASS, "U1", "2025-04-10", 8.0, "offline"));
        events.add(event("C2", Codes.TRAINING_CLASS, "U1", "2025-09-10", 8.0, "offline"));
        events.add(event("C3", Codes.TRAINING_CLASS, "U1", "2025-10-10", 8.0, "offline"));
        events.add(event("C4", Codes.TRAINING_CLASS, "U1", "2025-11-10", 8.0, "offline"));
        events.add(event("L1", Codes.PARTY_LECTURE, "U2", "2025-05-10", 1.5, "online"));
        events.add(event("O1", Codes.ONSITE_TEACHING, "U2", "2025-06-10", 3.0, "offline"));

        io = CuratedFixture.io(spark, out);
        f.writeTo(io);
        StagedJobIO eventsIo = new StagedJobIO(spark, out.toString(), out.resolve("_staging/events").toString());
        eventsIo.write(Catalog.warehouse(Events.NAME), spark.createDataFrame(events, cn.jgdj.jobs.io.SparkSchemas.curated(Events.DEF)));
        eventsIo.commit();
        for (var job : List.<java.util.function.BiConsumer<StagedJobIO, cn.jgdj.jobs.JobParams>>of(
                CreditedHoursJob::run, MemberPeriodsJob::run, ReportQuestionsJob::run)) {
            StagedJobIO step = new StagedJobIO(spark, out.toString(), out.resolve("_staging/step").toString());
            job.accept(step, CuratedFixture.params(2, null));
            step.commit();
        }
    }

    private static Row event(String id, String type, String unit, String day, double credit, String mode) {
        LocalDateTime start = LocalDateTime.parse(day + "T09:00");
        return RowFactory.create(id, type, "title " + id, unit, null, null, start, start.plusHours(2), credit, mode,
                "invited", start.getYear());
    }

    private static List<String> lines(Dataset<Row> rows) {
        return rows.collectAsList().stream().map(r -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                b.append(i == 0 ? "" : "|").append(r.get(i));
            }
            return b.toString();
        }).toList();
    }

    private static Dataset<Row> read(String name) {
        return io.read(Catalog.indicator(name));
    }

    @Test
    void unitsObservedAndNeverObserved() {
        Dataset<Row> t = read(ObservationByUnit.NAME);
        assertEquals(ObservationByUnit.COLUMNS, List.of(t.columns()));
        // period|unit_id|sessions|sessions_observed|observed
        assertEquals(List.of("2025|U1|2|1|true", "2025|U2|1|0|false", "2025|U3|0|0|false"),
                lines(t.orderBy(Indicators.UNIT_ID)));
    }

    @Test
    void rotationTrainingAndEachKindOfClassReachTheirAudience() {
        Dataset<Row> t = read(TrainingReach.NAME);
        assertEquals(TrainingReach.COLUMNS, List.of(t.columns()));
        // period|program|events|attendances|members_trained|target_members|target_trained|target_rate|suppressed
        assertEquals(List.of(
                "2025|rotation_training|2|3|2|4|2|0.5|false",
                "2025|secretary_class|2|3|2|2|2|1.0|false",
                "2025|party_affairs_class|0|0|0|1|0|0.0|true",
                "2025|candidate_class|1|2|2|1|1|1.0|true",
                "2025|other_class|1|0|0|null|null|null|true"),
                lines(t.orderBy(org.apache.spark.sql.functions.array_position(
                        org.apache.spark.sql.functions.array(TrainingReach.PROGRAMS.stream()
                                .map(org.apache.spark.sql.functions::lit).toArray(org.apache.spark.sql.Column[]::new)),
                        org.apache.spark.sql.functions.col(TrainingReach.PROGRAM)))));
    }

    @Test
    void formMixSharesTheHoursOfEachGroup() {
        Dataset<Row> t = read(TrainingMix.NAME);
        assertEquals(TrainingMix.COLUMNS, List.of(t.columns()));
        // 4 eligible members (candidates are not); 1 + 3 age bands + 3 roles + 2 mobility groups, 5 forms each.
        assertEquals(45, t.count());
        List<String> all = lines(t.where("dimension = 'all'").orderBy(org.apache.spark.sql.functions.array_position(
                org.apache.spark.sql.functions.array(TrainingMix.FORMS.stream().map(org.apache.spark.sql.functions::lit)
                        .toArray(org.apache.spark.sql.Column[]::new)), org.apache.spark.sql.functions.col(TrainingMix.FORM))));
        // Hours: meeting 4 (m1) + 2 (m4); class 28 (m1) + 14 (m3) + 8 (m4); onsite 3 + 3; online 1.5 (m2). 63.5 in all.
        assertEquals(List.of(
                "2025|all|all|meeting|4|6.0|" + 6.0 / 63.5 + "|2|0.5|false",
                "2025|all|all|class|4|50.0|" + 50.0 / 63.5 + "|3|0.75|false",
                "2025|all|all|onsite|4|6.0|" + 6.0 / 63.5 + "|2|0.5|false",
                "2025|all|all|lecture|4|0.0|0.0|0|0.0|false",
                "2025|all|all|online|4|1.5|" + 1.5 / 63.5 + "|1|0.25|false"), all);
        List<String> impaired = lines(t.where("dimension = 'mobility_impaired' and `group` = 'true' and hours > 0")
                .orderBy(TrainingMix.FORM));
        assertEquals(List.of("2025|mobility_impaired|true|online|1|1.5|" + 1.5 / 4.5 + "|1|1.0|true",
                "2025|mobility_impaired|true|onsite|1|3.0|" + 3.0 / 4.5 + "|1|1.0|true"), impaired);
        List<String> secretaries = lines(t.where("dimension = 'role' and `group` = 'secretary' and hours > 0")
                .orderBy(TrainingMix.FORM));
        assertEquals(List.of("2025|role|secretary|class|2|36.0|" + 36.0 / 42 + "|2|1.0|false",
                "2025|role|secretary|meeting|2|6.0|" + 6.0 / 42 + "|2|1.0|false"), secretaries);
    }

    @Test
    void everyEventTypeHasAForm() {
        for (String type : Codes.EVENT_TYPE.ids()) {
            assertTrue(FormMix.FORM_OF_TYPE.containsKey(type), type);
            assertTrue(TrainingMix.FORMS.contains(FormMix.FORM_OF_TYPE.get(type)), type);
        }
    }
}

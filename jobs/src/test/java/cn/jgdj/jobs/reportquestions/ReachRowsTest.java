package cn.jgdj.jobs.reportquestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ReachRowsTest {

    @Test
    void everyYearAndProgramWithAnEventOrAnAudienceInReportOrder() {
        // year, program, events held, attendances, members trained, target members (0: no audience), target trained
        List<Row> counts = List.of(
                RowFactory.create(2025, TrainingReach.ROTATION, 2L, 5L, 3L, 10L, 3L),
                RowFactory.create(2025, TrainingReach.SECRETARY_CLASS, 1L, 2L, 2L, 1L, 1L),
                RowFactory.create(2025, TrainingReach.OTHER_CLASS, 1L, 4L, 3L, 0L, 0L),
                // An audience without a class that year; a year-less class, whose rows no year can match; a class
                // with no one trained and no audience.
                RowFactory.create(2025, TrainingReach.PARTY_AFFAIRS_CLASS, 0L, 0L, 0L, 4L, 0L),
                RowFactory.create(null, TrainingReach.OTHER_CLASS, 1L, 7L, 1L, 0L, 0L),
                RowFactory.create(2024, TrainingReach.CANDIDATE_CLASS, 1L, 0L, 0L, 0L, 0L));
        // period|program|events|attendances|members_trained|target_members|target_trained|target_rate|suppressed
        assertEquals(List.of(
                        "null|other_class|1|0|0|null|null|null|true",
                        "2024|candidate_class|1|0|0|null|null|null|true",
                        "2025|rotation_training|2|5|3|10|3|0.3|false",
                        "2025|secretary_class|1|2|2|1|1|1.0|true",
                        "2025|party_affairs_class|0|0|0|4|0|0.0|false",
                        "2025|other_class|1|4|3|null|null|null|false"),
                ReachRows.of(counts, 2).stream().map(ReachRowsTest::line).toList());
    }

    /**
     * Counts made with the candidates' audience over 2023–2025 when 2024 and 2025 are reported: 2023's candidate
     * class only an audience gave is dropped; 2023's class held keeps its events and people but no audience; the
     * year-less class and the reported years' rows stay as they are.
     */
    @Test
    void yearsNotReportedHaveNoAudience() {
        Row audienceOnly = RowFactory.create(2023, TrainingReach.CANDIDATE_CLASS, 0L, 0L, 0L, 6L, 0L);
        Row held2023 = RowFactory.create(2023, TrainingReach.SECRETARY_CLASS, 1L, 2L, 1L, 5L, 1L);
        Row yearLess = RowFactory.create(null, TrainingReach.OTHER_CLASS, 1L, 7L, 1L, 0L, 0L);
        Row audience2024 = RowFactory.create(2024, TrainingReach.CANDIDATE_CLASS, 0L, 0L, 0L, 4L, 0L);
        Row rotation2025 = RowFactory.create(2025, TrainingReach.ROTATION, 2L, 5L, 3L, 10L, 3L);

        List<Row> reported = ReachRows.reported(List.of(audienceOnly, held2023, yearLess, audience2024, rotation2025),
                List.of(2024, 2025));

        assertEquals(List.of("2023|secretary_class|1|2|1|0|0", "null|other_class|1|7|1|0|0",
                        "2024|candidate_class|0|0|0|4|0", "2025|rotation_training|2|5|3|10|3"),
                reported.stream().map(ReachRowsTest::line).toList());
        // Made over the years reported, the counts come back as they are.
        List<Row> overReported = List.of(RowFactory.create(2023, TrainingReach.SECRETARY_CLASS, 1L, 2L, 1L, 0L, 0L),
                yearLess, audience2024, rotation2025);
        assertEquals(overReported, ReachRows.reported(overReported, List.of(2024, 2025)));
    }

    private static String line(Row r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
            b.append(i == 0 ? "" : "|").append(r.get(i));
        }
        return b.toString();
    }
}

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

    private static String line(Row r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
            b.append(i == 0 ? "" : "|").append(r.get(i));
        }
        return b.toString();
    }
}

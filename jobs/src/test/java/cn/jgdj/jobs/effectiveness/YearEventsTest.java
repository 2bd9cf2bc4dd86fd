package cn.jgdj.jobs.effectiveness;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.testing.SparkSessionExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A panel of February to June 2025 (month 0 = February). Trainings: T0 on 20 January (month −1: a program's event of
 * the year before the panel's first month still treats), T1 on 12 February (month 0), T2 a branch-wide training
 * without a branch (not a meeting: no error), S1 on 1 August (after the panel). Meetings: M0 on 15 January (before
 * the panel), M1 on 20 March (month 1), M2 on 30 June (month 4).
 */
@ExtendWith(SparkSessionExtension.class)
class YearEventsTest {

    @Test
    void trainingsAndMeetingsOfThePanelWithTheirMonths(SparkSession spark) {
        Dataset<Row> events = spark.createDataFrame(List.of(
                event("T0", Codes.TRAINING_CLASS, null, "2025-01-20", Codes.AUDIENCE_INVITED),
                event("T1", Codes.ROTATION_TRAINING, null, "2025-02-12", Codes.AUDIENCE_INVITED),
                event("T2", Codes.ONSITE_TEACHING, null, "2025-04-02", Codes.AUDIENCE_BRANCH),
                event("S1", Codes.SPECIAL_LECTURE, null, "2025-08-01", Codes.AUDIENCE_INVITED),
                event("M0", Codes.GROUP_MEETING, "B1", "2025-01-15", Codes.AUDIENCE_BRANCH),
                event("M1", Codes.THEME_PARTY_DAY, "B1", "2025-03-20", Codes.AUDIENCE_UNIT),
                event("M2", Codes.PARTY_LECTURE, "B1", "2025-06-30", Codes.AUDIENCE_BRANCH)),
                SparkSchemas.curated(Events.DEF));
        YearEvents year = YearEvents.collect(events, new PanelSpan(2025, YearMonth.of(2025, 2),
                YearMonth.of(2025, 6)));
        List<String> looked = events.select(col(Events.EVENT_ID), year.training(col(Events.EVENT_ID)),
                        year.meetingMonth(col(Events.EVENT_ID)))
                .collectAsList().stream().map(r -> r.mkString("|")).toList();
        assertEquals(List.of("T0|[training_class,-1]|null", "T1|[rotation_training,0]|null",
                "T2|[onsite_teaching,2]|null", "S1|null|null", "M0|null|null", "M1|null|1", "M2|null|4"), looked);
    }

    private static Row event(String id, String type, String branch, String day, String audience) {
        LocalDateTime start = LocalDate.parse(day).atTime(9, 0);
        return RowFactory.create(id, type, "event " + id, "U1", branch, null, start, start.plusHours(2), null,
                "offline", audience, start.getYear());
    }
}

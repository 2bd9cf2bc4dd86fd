package cn.jgdj.jobs.reportquestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class FormRowsTest {

    @Test
    void fiveFormsPerGroupWithSharesOfTheGroupsHours() {
        // period, dimension, group, form (null: the group's own row), members (or members reached), hours
        List<Row> cells = List.of(
                RowFactory.create("2025", "all", "all", null, 4L, null),
                RowFactory.create("2025", "all", "all", "online", 1L, 1.5),
                RowFactory.create("2025", "all", "all", "class", 3L, 50.0),
                RowFactory.create("2025", "all", "all", "meeting", 2L, 6.0),
                RowFactory.create("2025", "role", "secretary", "class", 2L, 36.0),
                RowFactory.create("2025", "role", "secretary", null, 2L, null),
                RowFactory.create("2025", "role", "ordinary", null, 1L, null),
                RowFactory.create("2024", "age_band", "<=35", null, 3L, null),
                RowFactory.create("2024", "age_band", "<=35", "lecture", 1L, 2.0));
        // 2025 all: 57.5 hours in all. role ordinary: no hours, so no share. Under 2 members: suppressed.
        assertEquals(List.of(
                        "2024|age_band|<=35|meeting|3|0.0|0.0|0|0.0|false",
                        "2024|age_band|<=35|class|3|0.0|0.0|0|0.0|false",
                        "2024|age_band|<=35|onsite|3|0.0|0.0|0|0.0|false",
                        "2024|age_band|<=35|lecture|3|2.0|1.0|1|" + 1.0 / 3 + "|false",
                        "2024|age_band|<=35|online|3|0.0|0.0|0|0.0|false",
                        "2025|all|all|meeting|4|6.0|" + 6.0 / 57.5 + "|2|0.5|false",
                        "2025|all|all|class|4|50.0|" + 50.0 / 57.5 + "|3|0.75|false",
                        "2025|all|all|onsite|4|0.0|0.0|0|0.0|false",
                        "2025|all|all|lecture|4|0.0|0.0|0|0.0|false",
                        "2025|all|all|online|4|1.5|" + 1.5 / 57.5 + "|1|0.25|false",
                        "2025|role|ordinary|meeting|1|0.0|null|0|0.0|true",
                        "2025|role|ordinary|class|1|0.0|null|0|0.0|true",
                        "2025|role|ordinary|onsite|1|0.0|null|0|0.0|true",
                        "2025|role|ordinary|lecture|1|0.0|null|0|0.0|true",
                        "2025|role|ordinary|online|1|0.0|null|0|0.0|true",
                        "2025|role|secretary|meeting|2|0.0|0.0|0|0.0|false",
                        "2025|role|secretary|class|2|36.0|1.0|2|1.0|false",
                        "2025|role|secretary|onsite|2|0.0|0.0|0|0.0|false",
                        "2025|role|secretary|lecture|2|0.0|0.0|0|0.0|false",
                        "2025|role|secretary|online|2|0.0|0.0|0|0.0|false"),
                FormRows.of(cells, 2).stream().map(FormRowsTest::line).toList());
        // The years reported: those of group all.
        assertEquals(List.of(2025), FormRows.years(cells));
    }

    private static String line(Row r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
            b.append(i == 0 ? "" : "|").append(r.get(i));
        }
        return b.toString();
    }
}

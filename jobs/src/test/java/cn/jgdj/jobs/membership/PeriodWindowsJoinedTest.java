package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.testing.SparkSessionExtension;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class PeriodWindowsJoinedTest {
    private static final StructType ROWS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("day", DataTypes.DateType, true)));

    /** 2025 and its Q1 and Q2 to date; a: 10 February (all three), b: 1 May (the year, Q2), c: 2024, d: no day. */
    private static List<String> joined(SparkSession spark, boolean localWindows) {
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create("a", Date.valueOf("2025-02-10")),
                RowFactory.create("b", Date.valueOf("2025-05-01")), RowFactory.create("c", Date.valueOf("2024-12-31")),
                RowFactory.create("d", null)), ROWS);
        Dataset<Row> windows = PeriodWindows.toDataFrame(spark, List.of(PeriodWindow.year(2025),
                PeriodWindow.yearToDate(2025, 1), PeriodWindow.yearToDate(2025, 2)), Rules.defaults());
        if (!localWindows) {
            windows = windows.filter(col(PeriodWindows.RULES_YEAR).isNotNull());
        }
        Column within = col("day").between(col(PeriodWindows.WINDOW_START), col(PeriodWindows.WINDOW_END));
        Dataset<Row> t = PeriodWindows.joined(rows, windows, within);
        assertEquals(List.of("id", "day", PeriodWindows.PERIOD, PeriodWindows.WINDOW_START, PeriodWindows.WINDOW_END,
                PeriodWindows.REQUIREMENT_START, PeriodWindows.REQUIREMENT_END, PeriodWindows.RULES_YEAR),
                List.of(t.columns()));
        return t.orderBy("id", PeriodWindows.PERIOD).collectAsList().stream().map(r -> r.mkString("|")).toList();
    }

    @Test
    void eachRowWithEveryWindowItFallsInWhetherTheWindowsAreLocalOrBroadcast(SparkSession spark) {
        List<String> expected = List.of(
                "a|2025-02-10|2025|2025-01-01|2025-12-31|2025-01-01|2025-12-31|2025",
                "a|2025-02-10|2025Q1|2025-01-01|2025-03-31|2025-01-01|2025-12-31|2025",
                "a|2025-02-10|2025Q2|2025-01-01|2025-06-30|2025-01-01|2025-12-31|2025",
                "b|2025-05-01|2025|2025-01-01|2025-12-31|2025-01-01|2025-12-31|2025",
                "b|2025-05-01|2025Q2|2025-01-01|2025-06-30|2025-01-01|2025-12-31|2025");
        assertEquals(expected, joined(spark, true));
        assertEquals(expected, joined(spark, false));
    }
}

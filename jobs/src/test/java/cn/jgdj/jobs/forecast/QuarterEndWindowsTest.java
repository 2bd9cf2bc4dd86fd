package cn.jgdj.jobs.forecast;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.membership.PeriodWindow;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import cn.jgdj.testing.SparkSessionExtension;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class QuarterEndWindowsTest {
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(MemberPeriods.PERIOD, DataTypes.StringType, false),
            DataTypes.createStructField(MemberPeriods.WINDOW_START, DataTypes.DateType, false)));

    /** Member rows of 2024 (the year, Q1 and Q2 to date) and of 2025 (the year and Q3 to date only). */
    private static Dataset<Row> memberPeriods(SparkSession spark) {
        return spark.createDataFrame(List.of(row("2024"), row("2024Q1"), row("2024Q2"), row("2024Q2"),
                row("2025"), row("2025Q3"), row("2025Q4")), SCHEMA);
    }

    private static Row row(String period) {
        return RowFactory.create(period, Date.valueOf(period.substring(0, 4) + "-01-01"));
    }

    private static List<String> periods(List<PeriodWindow> windows) {
        return windows.stream().map(PeriodWindow::period).sorted().toList();
    }

    @Test
    void fromTheFootersEveryQuarterEndOfEveryYearBetween(SparkSession spark, @TempDir Path dir) {
        String at = dir.resolve("member_periods").toString();
        memberPeriods(spark).write().parquet(at);
        Dataset<Row> stored = spark.read().parquet(at);
        assertEquals(List.of("2024Q1", "2024Q2", "2024Q3", "2025Q1", "2025Q2", "2025Q3"),
                periods(ForecastJob.quarterEndWindows(stored, stored.filter(col(MemberPeriods.PERIOD)
                        .rlike("^[0-9]{4}Q[1-3]$")))));
    }

    @Test
    void fromTheDistinctPeriodsOfATableMadeOnTheDriver(SparkSession spark) {
        Dataset<Row> made = memberPeriods(spark);
        List<PeriodWindow> windows = ForecastJob.quarterEndWindows(made,
                made.filter(col(MemberPeriods.PERIOD).rlike("^[0-9]{4}Q[1-3]$")));
        assertEquals(List.of("2024Q1", "2024Q2", "2025Q3"), periods(windows));
        // A year-to-date window: 1 January to the quarter's last day.
        PeriodWindow q2 = windows.stream().filter(w -> w.period().equals("2024Q2")).findFirst().orElseThrow();
        assertEquals(List.of("2024-01-01", "2024-06-30"), List.of(q2.start().toString(), q2.end().toString()));
    }
}

package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import cn.jgdj.testing.SparkSessionExtension;
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

@ExtendWith(SparkSessionExtension.class)
class WindowDaysTest {
    private static final StructType DAYS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("day", DataTypes.DateType, true)));
    private static final StructType CREDITS = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Members.MEMBER_KEY, DataTypes.StringType, false),
            DataTypes.createStructField(CreditedHours.DATE, DataTypes.DateType, true),
            DataTypes.createStructField(CreditedHours.CREDIT_HOURS, DataTypes.DoubleType, false)));

    /** 2025 Q1 and Q2 to date, then the year: 1 Jan – 31 Mar, 1 Jan – 30 Jun, 1 Jan – 31 Dec. */
    private static Dataset<Row> windows(SparkSession spark) {
        return PeriodWindows.toDataFrame(spark, List.of(PeriodWindow.yearToDate(2025, 1),
                PeriodWindow.yearToDate(2025, 2), PeriodWindow.year(2025)), Rules.defaults());
    }

    @Test
    void eachDayGetsThePeriodsOfTheWindowsHoldingItInTheWindowsOrder(SparkSession spark) {
        Dataset<Row> days = spark.createDataFrame(List.of(RowFactory.create("a", Date.valueOf("2025-01-01")),
                RowFactory.create("b", Date.valueOf("2025-03-31")), RowFactory.create("c", Date.valueOf("2025-04-01")),
                RowFactory.create("d", Date.valueOf("2025-12-31")), RowFactory.create("e", Date.valueOf("2024-12-31")),
                RowFactory.create("f", Date.valueOf("2026-01-01")), RowFactory.create("g", null)), DAYS);
        List<String> looked = days.select(col("id"), WindowDays.periodsOf(windows(spark), col("day")).orElseThrow())
                .collectAsList().stream().map(r -> r.getString(0) + "=" + (r.isNullAt(1) ? "null" : r.getList(1))).toList();
        assertEquals(List.of("a=[2025Q1, 2025Q2, 2025]", "b=[2025Q1, 2025Q2, 2025]", "c=[2025Q2, 2025]",
                "d=[2025]", "e=null", "f=null", "g=null"), looked);
    }

    @Test
    void windowsNotMadeOnTheDriverAreLeftToTheJoin(SparkSession spark) {
        assertTrue(WindowDays.periodsOf(windows(spark).filter(col(PeriodWindows.RULES_YEAR).isNotNull()), col("day"))
                .isEmpty());
    }

    /** m1: 1.5 h on 10 Feb, 2.25 h on 1 May, 0.5 h on 1 Aug, 9 h in 2024; m2: 4 h on 31 Mar. */
    @Test
    void creditedHoursPerMemberAndWindowAreTheSameAsTheBridgeJoinGave(SparkSession spark) {
        Dataset<Row> credited = spark.createDataFrame(List.of(
                RowFactory.create("m1", Date.valueOf("2025-02-10"), 1.5),
                RowFactory.create("m1", Date.valueOf("2025-05-01"), 2.25),
                RowFactory.create("m1", Date.valueOf("2025-08-01"), 0.5),
                RowFactory.create("m1", Date.valueOf("2024-12-31"), 9.0),
                RowFactory.create("m2", Date.valueOf("2025-03-31"), 4.0)), CREDITS);
        StructType members = DataTypes.createStructType(List.of(
                DataTypes.createStructField(Members.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(PeriodWindows.PERIOD, DataTypes.StringType, false)));
        Dataset<Row> windowMembers = spark.createDataFrame(List.of(RowFactory.create("m1", "2025Q1"),
                RowFactory.create("m1", "2025Q2"), RowFactory.create("m1", "2025"), RowFactory.create("m2", "2025Q2"),
                RowFactory.create("m3", "2025")), members);
        List<String> expected = List.of("m1|2025|4.25", "m1|2025Q1|1.5", "m1|2025Q2|3.75", "m2|2025Q2|4.0",
                "m3|2025|0.0");
        assertEquals(expected, hours(WindowMembers.withHours(windowMembers, windows(spark), credited)));
        // Windows that are not a table made on the driver take the bridge's broadcast join.
        assertEquals(expected, hours(WindowMembers.withHours(windowMembers,
                windows(spark).filter(col(PeriodWindows.RULES_YEAR).isNotNull()), credited)));
    }

    private static List<String> hours(Dataset<Row> rows) {
        return rows.orderBy(Members.MEMBER_KEY, PeriodWindows.PERIOD)
                .select(Members.MEMBER_KEY, PeriodWindows.PERIOD, MemberPeriods.HOURS)
                .collectAsList().stream().map(r -> r.mkString("|")).toList();
    }
}

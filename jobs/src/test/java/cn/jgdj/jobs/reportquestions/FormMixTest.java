package cn.jgdj.jobs.reportquestions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import cn.jgdj.testing.SparkSessionExtension;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * training_mix's cells from hand-made member periods, credits and events: the sums per member and year when every
 * credit lies in its member's window, the credit rows checked one by one when one does not.
 */
@ExtendWith(SparkSessionExtension.class)
class FormMixTest {
    private static final StructType PERIODS = DataTypes.createStructType(List.of(
            DataTypes.createStructField(MemberPeriods.PERIOD, DataTypes.StringType, false),
            DataTypes.createStructField(MemberPeriods.WINDOW_START, DataTypes.DateType, false),
            DataTypes.createStructField(MemberPeriods.WINDOW_END, DataTypes.DateType, false),
            DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
            DataTypes.createStructField(Dimensions.AGE_BAND, DataTypes.StringType, true),
            DataTypes.createStructField(Dimensions.ROLE, DataTypes.StringType, true),
            DataTypes.createStructField(Dimensions.MOBILITY_IMPAIRED, DataTypes.StringType, true)));
    private static final StructType CREDITS = DataTypes.createStructType(List.of(
            DataTypes.createStructField(WorkTables.MEMBER_KEY, DataTypes.StringType, false),
            DataTypes.createStructField(CreditedHours.EVENT_ID, DataTypes.StringType, true),
            DataTypes.createStructField(CreditedHours.EVENT_TYPE, DataTypes.StringType, true),
            DataTypes.createStructField(CreditedHours.DATE, DataTypes.DateType, true),
            DataTypes.createStructField(CreditedHours.YEAR, DataTypes.IntegerType, true),
            DataTypes.createStructField(CreditedHours.CREDIT_HOURS, DataTypes.DoubleType, true)));
    private static final StructType EVENTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Events.EVENT_ID, DataTypes.StringType, false),
            DataTypes.createStructField(Events.MODE, DataTypes.StringType, true)));

    /** m1 (secretary) eligible in the first half of 2025 only, m2 (no role) all year; c1 is not eligible. */
    private static Dataset<Row> periods(SparkSession spark, String m1WindowEnd) {
        return spark.createDataFrame(List.of(
                RowFactory.create("2025", Date.valueOf("2025-01-01"), Date.valueOf(m1WindowEnd), "m1", "36-45",
                        Codes.SECRETARY, "false"),
                RowFactory.create("2025", Date.valueOf("2025-01-01"), Date.valueOf("2025-12-31"), "m2", "36-45",
                        null, "false")), PERIODS);
    }

    private static List<Row> credits() {
        List<Row> rows = new ArrayList<>();
        rows.add(credit("m1", "E1", Codes.GROUP_MEETING, "2025-03-01", 2.0));
        rows.add(credit("m1", "E2", Codes.GROUP_MEETING, "2025-08-01", 4.0));
        rows.add(credit("m1", "E3", Codes.TRAINING_CLASS, "2025-09-01", 3.0));
        rows.add(credit("m2", "E3", Codes.TRAINING_CLASS, "2025-09-01", 3.0));
        rows.add(credit("m2", "E4", Codes.PARTY_LECTURE, "2025-05-01", 1.5));
        rows.add(credit("m2", "E5", Codes.PARTY_LECTURE, "2025-12-01", 0.5));
        rows.add(credit("c1", "E1", Codes.GROUP_MEETING, "2025-03-01", 2.0));
        return rows;
    }

    private static Row credit(String member, String event, String type, String day, double hours) {
        Date date = Date.valueOf(day);
        return RowFactory.create(member, event, type, date, date.toLocalDate().getYear(), hours);
    }

    private static List<String> cells(SparkSession spark, String m1WindowEnd, String dimension) {
        Dataset<Row> events = spark.createDataFrame(List.of(RowFactory.create("E1", "offline"),
                RowFactory.create("E2", "offline"), RowFactory.create("E3", "hybrid"),
                RowFactory.create("E4", "offline"), RowFactory.create("E5", "online")), EVENTS);
        Dataset<Row> periods = periods(spark, m1WindowEnd);
        Dataset<Row> credited = spark.createDataFrame(credits(), CREDITS);
        List<Row> perMemberYear = PartitionTotals.ofEach(List.of(FormMix.perMemberYearCells(periods, credited, events)))
                .get(0);
        return FormMix.cells(perMemberYear, periods, credited, events).stream()
                .filter(c -> dimension.equals(c.getString(1)))
                .map(c -> c.getString(2) + "|" + c.getString(3) + "|" + c.getLong(4) + "|" + Objects.toString(c.get(5)))
                .sorted().toList();
    }

    @Test
    void creditsAfterTheWindowLeftOut(SparkSession spark) {
        // m1's window ends on 30 June: the meeting of August and the class of September do not count for m1.
        // group|form|members (or members reached)|hours
        assertEquals(List.of("all|class|1|3.0", "all|lecture|1|1.5", "all|meeting|1|2.0", "all|null|2|null",
                "all|online|1|0.5"), cells(spark, "2025-06-30", Dimensions.ALL));
        assertEquals(List.of("secretary|meeting|1|2.0", "secretary|null|1|null", "unknown|class|1|3.0",
                "unknown|lecture|1|1.5", "unknown|null|1|null", "unknown|online|1|0.5"),
                cells(spark, "2025-06-30", Dimensions.ROLE));
    }

    @Test
    void everyCreditInItsWindow(SparkSession spark) {
        // m1 eligible all year: meeting 2 + 4, class 3 + 3 (two members), lectures 1.5, online 0.5 (m2).
        assertEquals(List.of("all|class|2|6.0", "all|lecture|1|1.5", "all|meeting|1|6.0", "all|null|2|null",
                "all|online|1|0.5"), cells(spark, "2025-12-31", Dimensions.ALL));
        assertEquals(List.of("secretary|class|1|3.0", "secretary|meeting|1|6.0", "secretary|null|1|null",
                "unknown|class|1|3.0", "unknown|lecture|1|1.5", "unknown|null|1|null", "unknown|online|1|0.5"),
                cells(spark, "2025-12-31", Dimensions.ROLE));
    }
}

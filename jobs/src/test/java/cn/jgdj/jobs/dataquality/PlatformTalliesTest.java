package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.ingest.CollapsedRows;
import cn.jgdj.jobs.ingest.QuarantineColumns;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import cn.jgdj.testing.SparkSessionExtension;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class PlatformTalliesTest {
    private static final String LAST_VALID = "_last_valid";

    /**
     * k1 in U1 until 28 February, k2 in U2; k3 unknown. Usage: k1 1 February (a row), k1 15 March (after validity),
     * k3 5 January (unit unknown), k2 1 August (after the as-of day: left out). Collapsed: k1 1 February 2 copies
     * and 1 weaker row, k2 1 July (after the as-of day). Set aside: k2's row of 3 April (2025Q2, U2, BAD_NUMBER),
     * an unkeyed row with an unreadable date (undated, unknown), k1's row missing its end_time (2025Q1, U1, also
     * event_without_end_or_venue, not counted).
     */
    @Test
    void placesUsageCollapsedAndSetAsideRowsByTheMembersUnit(SparkSession spark) {
        Dataset<Row> memberUnits = spark.createDataFrame(List.of(
                RowFactory.create("k1", "U1", Date.valueOf("2025-02-28")),
                RowFactory.create("k2", "U2", Date.valueOf("9999-12-31"))), DataTypes.createStructType(List.of(
                DataTypes.createStructField(Members.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.UNIT_ID, DataTypes.StringType, true),
                DataTypes.createStructField(LAST_VALID, DataTypes.DateType, true))));
        Dataset<Row> usage = spark.createDataFrame(List.of(
                RowFactory.create("k1", Date.valueOf("2025-02-01")), RowFactory.create("k1", Date.valueOf("2025-03-15")),
                RowFactory.create("k3", Date.valueOf("2025-01-05")), RowFactory.create("k2", Date.valueOf("2025-08-01"))),
                DataTypes.createStructType(List.of(
                        DataTypes.createStructField(PlatformUsage.MEMBER_KEY, DataTypes.StringType, false),
                        DataTypes.createStructField(PlatformUsage.DATE, DataTypes.DateType, false))));
        Dataset<Row> collapsed = spark.createDataFrame(List.of(
                RowFactory.create("k1", Date.valueOf("2025-02-01"), 2L, 1L),
                RowFactory.create("k2", Date.valueOf("2025-07-01"), 1L, 0L)), DataTypes.createStructType(List.of(
                DataTypes.createStructField(PlatformUsage.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(PlatformUsage.DATE, DataTypes.DateType, false),
                DataTypes.createStructField(CollapsedRows.COLLAPSED, DataTypes.LongType, false),
                DataTypes.createStructField(CollapsedRows.SUPERSEDED, DataTypes.LongType, false))));
        Dataset<Row> setAside = spark.createDataFrame(List.of(
                RowFactory.create("k2", "2025-04-03", "BAD_NUMBER", "points"),
                RowFactory.create(null, "someday", "MISSING_VALUE", "member_id"),
                RowFactory.create("k1", "2025/1/5", "MISSING_VALUE", "END_TIME")), DataTypes.createStructType(List.of(
                DataTypes.createStructField(Members.MEMBER_KEY, DataTypes.StringType, true),
                DataTypes.createStructField(QuarantinedRows.RAW_DATE, DataTypes.StringType, true),
                DataTypes.createStructField(QuarantineColumns.REASON_CODE, DataTypes.StringType, true),
                DataTypes.createStructField(QuarantineColumns.COLUMN, DataTypes.StringType, true))));

        Dataset<Row> tallies = PlatformTallies.of(usage, collapsed, setAside, memberUnits, LAST_VALID,
                LocalDate.of(2025, 6, 30));
        List<String> rows = tallies.groupBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col(DataQuality.CHECK),
                        col(DataQualityJob.COUNTED)).agg(sum(col(DataQualityJob.ROWS)).as("n"))
                .orderBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID), col(DataQuality.CHECK),
                        col(DataQualityJob.COUNTED))
                .collectAsList().stream().map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|"
                        + r.getBoolean(3) + "|" + r.getLong(4)).toList();
        assertEquals(List.of(
                "2025Q1|U1|_row|true|1",
                "2025Q1|U1|event_without_end_or_venue|false|1",
                "2025Q1|U1|exact_duplicate|false|2",
                "2025Q1|U1|platform_after_validity|true|1",
                "2025Q1|U1|set_aside:MISSING_VALUE|true|1",
                "2025Q1|U1|superseded|false|1",
                "2025Q1|unknown|_row|true|1",
                "2025Q2|U2|set_aside:BAD_NUMBER|true|1",
                "undated|unknown|set_aside:MISSING_VALUE|true|1"), rows);

        // Without set-aside rows or an as-of day: k2's August row and July copy count too.
        List<String> noAsOf = PlatformTallies.of(usage, collapsed, null, memberUnits, LAST_VALID, null)
                .filter(col(Indicators.UNIT_ID).equalTo("U2"))
                .orderBy(col(Indicators.PERIOD), col(DataQuality.CHECK)).collectAsList().stream()
                .map(r -> r.getString(0) + "|" + r.getString(2) + "|" + r.getBoolean(3) + "|" + r.getLong(4))
                .toList();
        assertEquals(List.of("2025Q3|_row|true|1", "2025Q3|exact_duplicate|false|1", "2025Q3|superseded|false|0"),
                noAsOf);
    }
}

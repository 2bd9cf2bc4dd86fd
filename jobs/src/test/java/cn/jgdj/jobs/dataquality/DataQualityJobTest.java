package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.ingest.CollapsedRows;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
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
class DataQualityJobTest {

    @Test
    void scoresEachUnitAndQuarter(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "agency")
                .branch("B1", "U1").branch("B2", "U2")
                .event("E1", Codes.PARTY_LECTURE, "2025-01-10T09:00", "2025-01-10T11:00", null)  // no rows at all
                .event("E2", Codes.PARTY_LECTURE, "2025-02-10T09:00", "2025-02-10T11:00", null)
                .event("E3", Codes.ONSITE_TEACHING, "2025-03-10T09:00", "2025-03-10T11:00", null) // no venue
                .event("E4", Codes.PARTY_LECTURE, "2025-08-01T09:00", "2025-08-01T11:00", null)  // after as-of
                .event("E5", Codes.PARTY_LECTURE, "2025-01-20T09:00", "2025-01-20T11:00", null); // U2's
        f.member("m1").add();
        f.member("m2").valid("2000-01-01", "2025-02-28").add();
        f.member("m3").branch("B2").add();
        f.attend("E2", "m1", Codes.PRESENT, null, 2025).attend("E2", "m2", Codes.PRESENT, null, 2025)
                .attend("E3", "m1", Codes.PRESENT, null, 2025).attend("E4", "m1", Codes.PRESENT, null, 2025)
                .attend("E5", "m3", Codes.PRESENT, null, 2025);
        f.usage("m1", "xuexi", "2025-02-01", 10, 30).usage("m2", "xuexi", "2025-03-15", 10, 30); // m2 had left
        Dataset<Row> events = f.events()
                .withColumn(Events.AUDIENCE, when(col(Events.EVENT_ID).isin("E1", "E2", "E5"),
                        lit(Codes.AUDIENCE_BRANCH)).otherwise(col(Events.AUDIENCE)))
                .withColumn(Events.ORGANIZER_UNIT_ID, when(col(Events.EVENT_ID).equalTo("E5"), lit("U2"))
                        .otherwise(col(Events.ORGANIZER_UNIT_ID)));
        // Two rows set aside at ingest and placed in U1's first quarter: an event without an end time, and an
        // attendance row of an unknown event.
        Dataset<Row> setAside = spark.createDataFrame(List.of(
                RowFactory.create("2025Q1", "U1", "set_aside:MISSING_VALUE", true),
                RowFactory.create("2025Q1", "U1", "set_aside:UNKNOWN_EVENT", false)), DataTypes.createStructType(List.of(
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.UNIT_ID, DataTypes.StringType, false),
                DataTypes.createStructField(DataQuality.CHECK, DataTypes.StringType, false),
                DataTypes.createStructField(QuarantinedRows.MISSING_END, DataTypes.BooleanType, false))));
        Dataset<Row> t = DataQualityJob.scorecard(events, f.attendance(),
                DataQualityJob.memberUnits(f.members(), f.branches()), f.platformUsage(), setAside, null,
                noneCollapsed(spark), LocalDate.of(2025, 6, 30), Rules.defaults().dataQualityThresholds());
        assertEquals(DataQuality.COLUMNS, List.of(t.columns()));
        List<String> rows = t.collectAsList().stream().map(r -> r.getString(0) + "|" + r.getString(1) + "|"
                + r.getString(2) + "|" + r.getLong(3) + "|" + r.getLong(4) + "|" + r.getDouble(5) + "|"
                + r.getBoolean(7) + "|" + r.getBoolean(8)).toList();
        // U1 2025Q1: 3 events + 3 attendance rows + 2 platform rows + 2 set aside = 10 rows (E4 is after the as-of).
        assertEquals(List.of(
                "2025Q1|U1|set_aside|2|10|0.2|true|true",
                "2025Q1|U1|assumed_roster|1|10|0.1|true|true",
                "2025Q1|U1|event_without_end_or_venue|2|10|0.2|true|true",
                "2025Q1|U1|platform_after_validity|1|10|0.1|true|true",
                "2025Q1|U1|exact_duplicate|0|10|0.0|false|true",
                "2025Q1|U1|superseded|0|10|0.0|false|true",
                "2025Q1|U1|set_aside:MISSING_VALUE|1|10|0.1|true|true",
                "2025Q1|U1|set_aside:UNKNOWN_EVENT|1|10|0.1|true|true",
                "2025Q1|U2|set_aside|0|2|0.0|false|false",
                "2025Q1|U2|assumed_roster|0|2|0.0|false|false",
                "2025Q1|U2|event_without_end_or_venue|0|2|0.0|false|false",
                "2025Q1|U2|platform_after_validity|0|2|0.0|false|false",
                "2025Q1|U2|exact_duplicate|0|2|0.0|false|false",
                "2025Q1|U2|superseded|0|2|0.0|false|false"), rows);
    }

    @Test
    void countsCollapsedAndSupersededRowsAgainstTheUnitsRows(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "agency")
                .branch("B1", "U1").branch("B2", "U2")
                .event("E1", Codes.PARTY_LECTURE, "2025-01-10T09:00", "2025-01-10T11:00", null)
                .event("E2", Codes.PARTY_LECTURE, "2025-08-01T09:00", "2025-08-01T11:00", null)  // after as-of
                .event("E3", Codes.PARTY_LECTURE, "2025-01-20T09:00", "2025-01-20T11:00", null); // U2's
        f.member("m1").add();
        f.member("m2").branch("B2").add();
        f.attend("E1", "m1", Codes.PRESENT, null, 2025).attend("E2", "m1", Codes.PRESENT, null, 2025)
                .attend("E3", "m2", Codes.MAKEUP, null, 2025);
        f.usage("m1", "xuexi", "2025-02-01", 10, 30).usage("m1", "xuexi", "2025-02-02", 10, 30)
                .usage("m2", "dengta", "2025-03-01", 5, 10);
        Dataset<Row> events = f.events().withColumn(Events.ORGANIZER_UNIT_ID,
                when(col(Events.EVENT_ID).equalTo("E3"), lit("U2")).otherwise(col(Events.ORGANIZER_UNIT_ID)));
        // What ingest collapsed: E1 sent twice; at E1 a copy of m1's row and two weaker rows (absent, excused)
        // before m1's present; at E2 (after the as-of day) one weaker row; at E3 m2's absence before the make-up;
        // m1's platform row of 1 February three times, m2's of 1 March twice, m1's of 1 July twice (after as-of).
        DataQualityJob.Collapsed collapsed = new DataQualityJob.Collapsed(
                byEvent(spark, RowFactory.create("E1", 1L, 0L)),
                byEvent(spark, RowFactory.create("E1", 1L, 2L), RowFactory.create("E2", 0L, 1L),
                        RowFactory.create("E3", 0L, 1L)),
                byMemberDay(spark, RowFactory.create("m1", java.sql.Date.valueOf("2025-02-01"), 2L, 0L),
                        RowFactory.create("m2", java.sql.Date.valueOf("2025-03-01"), 1L, 0L),
                        RowFactory.create("m1", java.sql.Date.valueOf("2025-07-01"), 1L, 0L)));
        Dataset<Row> t = DataQualityJob.scorecard(events, f.attendance(),
                DataQualityJob.memberUnits(f.members(), f.branches()), f.platformUsage(), noneSetAside(spark), null,
                collapsed, LocalDate.of(2025, 6, 30), Rules.defaults().dataQualityThresholds());
        List<String> rows = t.filter(col(DataQuality.CHECK).isin(DataQuality.EXACT_DUPLICATE, DataQuality.SUPERSEDED))
                .collectAsList().stream().map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2)
                        + "|" + r.getLong(3) + "|" + r.getLong(4) + "|" + r.getDouble(5) + "|" + r.getDouble(6)
                        + "|" + r.getBoolean(7) + "|" + r.getBoolean(8)).toList();
        // U1 2025Q1 keeps 1 event + 1 attendance row + 2 platform rows = 4 rows; collapsed: 1 event copy,
        // 1 attendance copy, 2 platform copies = 4 (1.0 > 0.02); superseded 2 (0.5 > 0.10).
        // U2 2025Q1 keeps 1 event + 1 attendance row + 1 platform row = 3; collapsed 1 (1/3), superseded 1 (1/3).
        assertEquals(List.of(
                "2025Q1|U1|exact_duplicate|4|4|1.0|0.02|true|true",
                "2025Q1|U1|superseded|2|4|0.5|0.1|true|true",
                "2025Q1|U2|exact_duplicate|1|3|" + (1.0 / 3) + "|0.02|true|true",
                "2025Q1|U2|superseded|1|3|" + (1.0 / 3) + "|0.1|true|true"), rows);
        assertEquals(2 * DataQuality.CHECKS.size(), t.count(), "no set_aside:REASON rows, no other places");
    }

    static DataQualityJob.Collapsed noneCollapsed(SparkSession spark) {
        return new DataQualityJob.Collapsed(byEvent(spark), byEvent(spark), byMemberDay(spark));
    }

    private static Dataset<Row> byEvent(SparkSession spark, Row... rows) {
        return spark.createDataFrame(List.of(rows), DataTypes.createStructType(List.of(
                DataTypes.createStructField(Events.EVENT_ID, DataTypes.StringType, false),
                DataTypes.createStructField(CollapsedRows.COLLAPSED, DataTypes.LongType, false),
                DataTypes.createStructField(CollapsedRows.SUPERSEDED, DataTypes.LongType, false))));
    }

    private static Dataset<Row> byMemberDay(SparkSession spark, Row... rows) {
        return spark.createDataFrame(List.of(rows), DataTypes.createStructType(List.of(
                DataTypes.createStructField(PlatformUsage.MEMBER_KEY, DataTypes.StringType, false),
                DataTypes.createStructField(PlatformUsage.DATE, DataTypes.DateType, false),
                DataTypes.createStructField(CollapsedRows.COLLAPSED, DataTypes.LongType, false),
                DataTypes.createStructField(CollapsedRows.SUPERSEDED, DataTypes.LongType, false))));
    }

    private static Dataset<Row> noneSetAside(SparkSession spark) {
        return spark.createDataFrame(List.of(), DataTypes.createStructType(List.of(
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField(Indicators.UNIT_ID, DataTypes.StringType, false),
                DataTypes.createStructField(DataQuality.CHECK, DataTypes.StringType, false),
                DataTypes.createStructField(QuarantinedRows.MISSING_END, DataTypes.BooleanType, false))));
    }
}

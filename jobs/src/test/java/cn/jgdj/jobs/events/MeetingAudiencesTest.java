package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.codes.Codes;
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

/**
 * E1: branch B1 on 5 March; E2: unit U1 on 10 March; E3: invited (no scope id); E4: branch B1 without a date.
 * Member rows: m1 in B1 (unit U1) from 2025; m2 in B1 until 1 March; m3 in B2 (unit U1) from 8 March.
 */
@ExtendWith(SparkSessionExtension.class)
class MeetingAudiencesTest {
    private static final StructType MEMBER_SCOPES = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Members.MEMBER_KEY, DataTypes.StringType, false),
            DataTypes.createStructField(Members.VALID_FROM, DataTypes.DateType, false),
            DataTypes.createStructField(Members.VALID_TO, DataTypes.DateType, true),
            DataTypes.createStructField("s", DataTypes.StringType, false),
            DataTypes.createStructField("s_id", DataTypes.StringType, true)));

    private static MeetingAudiences meetings(SparkSession spark) {
        return MeetingAudiences.of(spark, List.of(
                new MeetingAudiences.Meeting("E1", Date.valueOf("2025-03-05"), Codes.AUDIENCE_BRANCH, "B1"),
                new MeetingAudiences.Meeting("E2", Date.valueOf("2025-03-10"), Codes.AUDIENCE_UNIT, "U1"),
                new MeetingAudiences.Meeting("E3", Date.valueOf("2025-03-12"), Codes.AUDIENCE_INVITED, null),
                new MeetingAudiences.Meeting("E4", null, Codes.AUDIENCE_BRANCH, "B1")));
    }

    private static Row scope(String member, String from, String to, String scope, String id) {
        return RowFactory.create(member, Date.valueOf(from), to == null ? null : Date.valueOf(to), scope, id);
    }

    @Test
    void eachMemberRowMeetsTheEventsOfItsScopesWithinItsValidity(SparkSession spark) {
        Dataset<Row> members = spark.createDataFrame(List.of(
                scope("m1", "2025-01-01", null, Codes.AUDIENCE_BRANCH, "B1"),
                scope("m1", "2025-01-01", null, Codes.AUDIENCE_UNIT, "U1"),
                scope("m2", "2020-01-01", "2025-03-01", Codes.AUDIENCE_BRANCH, "B1"),
                scope("m2", "2020-01-01", "2025-03-01", Codes.AUDIENCE_UNIT, "U1"),
                scope("m3", "2025-03-08", null, Codes.AUDIENCE_BRANCH, "B2"),
                scope("m3", "2025-03-08", null, Codes.AUDIENCE_UNIT, "U1"),
                scope("m4", "2025-01-01", null, Codes.AUDIENCE_UNIT, null)), MEMBER_SCOPES);
        List<String> pairs = meetings(spark).audience(members, "s", "s_id")
                .orderBy(Events.EVENT_ID, Members.MEMBER_KEY).collectAsList().stream()
                .map(r -> r.mkString("|")).toList();
        assertEquals(List.of("E1|m1", "E2|m1", "E2|m3"), pairs);
    }

    @Test
    void holdsEveryEventGivenWhateverItsScope(SparkSession spark) {
        StructType ids = DataTypes.createStructType(List.of(
                DataTypes.createStructField(Events.EVENT_ID, DataTypes.StringType, true)));
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create("E1"), RowFactory.create("E3"),
                RowFactory.create("E4"), RowFactory.create("E9"), RowFactory.create((Object) null)), ids);
        assertEquals(List.of("E1|true", "E3|true", "E4|true", "E9|false", "null|false"),
                rows.select(col(Events.EVENT_ID), meetings(spark).holds(col(Events.EVENT_ID))).collectAsList()
                        .stream().map(r -> r.mkString("|")).toList());
    }
}

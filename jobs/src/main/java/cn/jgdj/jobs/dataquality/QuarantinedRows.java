package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.ingest.MemberKeys;
import cn.jgdj.jobs.ingest.Normalize;
import cn.jgdj.jobs.ingest.QuarantineColumns;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Rows set aside at ingest, placed in a unit and quarter from their raw cells: an event by its organiser unit, an
 * attendance row by its event (when the event was kept), a platform row by its member, whose raw member_id is
 * keyed with the run's HMAC secret exactly as ingest keys it, so no raw id leaves this class. A row that cannot be
 * placed goes to unit `unknown` (or period `undated`), never dropped. Output: period, unit_id, check, and whether the row was an event set aside for a missing end time.
 */
final class QuarantinedRows {
    private QuarantinedRows() {
    }

    static final String MISSING_END = "_raw_column";
    

    /** set_aside:REASON rows plus event_without_end_or_venue for events set aside for a missing end time. */
    static Dataset<Row> events(Dataset<Row> quarantine) {
        return placed(quarantine, col(Events.ORGANIZER_UNIT_ID), Quarters.ofRaw(col(Events.START_TIME)));
    }

    static Dataset<Row> attendance(Dataset<Row> quarantine, Dataset<Row> events) {
        Dataset<Row> e = events.select(col(Events.EVENT_ID).as("_event"),
                col(Events.ORGANIZER_UNIT_ID).as("_unit"), Quarters.of(col(Events.START_TIME)).as("_quarter"));
        Dataset<Row> joined = quarantine.withColumn("_event_key", udfId().apply(col(Attendance.EVENT_ID)))
                .join(e, col("_event_key").equalTo(col("_event")), "left");
        return placed(joined, col("_unit"), coalesce(col("_quarter"), lit(DataQuality.UNDATED)));
    }

    /**
     * @param memberUnits member_key and unit_id (the unit of the member's latest row)
     */
    static Dataset<Row> platform(Dataset<Row> quarantine, Dataset<Row> memberUnits, byte[] secret) {
        UserDefinedFunction key = udf((UDF1<String, String>) raw -> {
            String id = Normalize.id(raw);
            return id == null || id.isEmpty() ? null : MemberKeys.key(secret, id);
        }, DataTypes.StringType);
        // Joined by the key's own name with memberUnits as it is, so that Spark broadcasts it once for the platform
        // rows, the collapsed ones and these (one Spark job; a renamed copy was a broadcast of its own).
        Dataset<Row> joined = quarantine.withColumn(Members.MEMBER_KEY, key.apply(col(PlatformUsage.MEMBER_ID)))
                .join(memberUnits, Members.MEMBER_KEY, "left");
        return placed(joined, col(Indicators.UNIT_ID), Quarters.ofRaw(col(PlatformUsage.DATE)));
    }

    private static Dataset<Row> placed(Dataset<Row> rows, Column unit, Column period) {
        Column unitId = coalesce(udfId().apply(unit), lit(DimensionGroups.UNKNOWN));
        Column reason = col(QuarantineColumns.REASON_CODE);
        Column check = concat(lit(DataQuality.SET_ASIDE + ":"), reason);
        Column missingEnd = reason.equalTo(ReasonCode.MISSING_VALUE.name())
                .and(lower(col(QuarantineColumns.COLUMN)).equalTo(Events.END_TIME));
        return rows.select(period.as(Indicators.PERIOD), unitId.as(Indicators.UNIT_ID), check.as(DataQuality.CHECK),
                when(missingEnd, lit(true)).otherwise(lit(false)).as(MISSING_END));
    }

    private static UserDefinedFunction udfId() {
        return udf((UDF1<String, String>) raw -> {
            String id = Normalize.id(raw);
            return id == null || id.isEmpty() ? null : id;
        }, DataTypes.StringType);
    }
}

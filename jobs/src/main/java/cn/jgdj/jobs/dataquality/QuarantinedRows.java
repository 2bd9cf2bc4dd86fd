package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
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
 * placed goes to unit `unknown` (or period `undated`), never dropped. Output of events and attendance: period,
 * unit_id, check, and whether the row was an event set aside for a missing end time; platform rows are keyed here
 * and placed by {@link PlatformTallies}.
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

    /** The raw date cell of a platform row set aside, kept for {@link #placedPeriod}. */
    static final String RAW_DATE = "_raw_date";

    /**
     * The platform rows set aside, not yet placed: member_key (the raw member_id keyed as ingest keys it), the raw
     * date ({@link #RAW_DATE}), the reason code and the column. {@link PlatformTallies} places them by the member's
     * unit in the same join as the usage rows and the collapsed ones (one aggregation of memberUnits, one broadcast).
     */
    static Dataset<Row> platformKeys(Dataset<Row> quarantine, byte[] secret) {
        UserDefinedFunction key = udf((UDF1<String, String>) raw -> {
            String id = Normalize.id(raw);
            return id == null || id.isEmpty() ? null : MemberKeys.key(secret, id);
        }, DataTypes.StringType);
        return quarantine.select(key.apply(col(PlatformUsage.MEMBER_ID)).as(Members.MEMBER_KEY),
                col(PlatformUsage.DATE).cast("string").as(RAW_DATE),
                col(QuarantineColumns.REASON_CODE).cast("string").as(QuarantineColumns.REASON_CODE),
                col(QuarantineColumns.COLUMN).cast("string").as(QuarantineColumns.COLUMN));
    }

    /** The quarter of a set-aside platform row, from {@link #platformKeys}' raw date. */
    static Column placedPeriod() {
        return Quarters.ofRaw(col(RAW_DATE));
    }

    /** The unit of a set-aside row: its raw unit id normalised, else `unknown`. */
    static Column placedUnit(Column unit) {
        return coalesce(udfId().apply(unit), lit(DimensionGroups.UNKNOWN));
    }

    /** set_aside:REASON of a set-aside row. */
    static Column setAsideCheck() {
        return concat(lit(DataQuality.SET_ASIDE + ":"), col(QuarantineColumns.REASON_CODE));
    }

    /** Whether a set-aside row lacks its end time (it also counts under event_without_end_or_venue). */
    static Column missingEnd() {
        return col(QuarantineColumns.REASON_CODE).equalTo(ReasonCode.MISSING_VALUE.name())
                .and(col(QuarantineColumns.COLUMN).rlike(END_TIME_ANY_CASE));
    }

    /**
     * The column name end_time in any ASCII letter case, the whole cell ({@code \z}: {@code $} would also match
     * before a final line break). This is {@code lower(column) = 'end_time'}: a non-ASCII letter never lowers to
     * ASCII letters alone. Spark 4's {@code lower} goes through ICU, whose first use in a JVM loads its case and
     * word-break data: 1.2 CPU s in one Spark task, with the task beside it blocked on the class's initialisation,
     * 2.4 s of data_quality's 4.1 s inside Spark jobs at 435 × 2.
     */
    static final String END_TIME_ANY_CASE = "^(?i:" + Events.END_TIME + ")\\z";

    private static Dataset<Row> placed(Dataset<Row> rows, Column unit, Column period) {
        return rows.select(period.as(Indicators.PERIOD), placedUnit(unit).as(Indicators.UNIT_ID),
                setAsideCheck().as(DataQuality.CHECK), when(missingEnd(), lit(true)).otherwise(lit(false))
                        .as(MISSING_END));
    }

    private static UserDefinedFunction udfId() {
        return udf((UDF1<String, String>) raw -> {
            String id = Normalize.id(raw);
            return id == null || id.isEmpty() ? null : id;
        }, DataTypes.StringType);
    }
}

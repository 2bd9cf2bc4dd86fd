package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.ingest.CollapsedRows;
import cn.jgdj.jobs.ingest.QuarantineColumns;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The platform's scored rows, tallied by period, unit, check and whether they count in the unit's rows: the usage
 * rows (platform_after_validity when dated after the member's last valid day), the copies and superseded rows ingest
 * collapsed per member and day, and the rows set aside at ingest. All three are placed by their member's unit, so
 * they go as one union through one left join with memberUnits: Spark aggregates memberUnits once and broadcasts it
 * once. (Three joins read different columns of it, so Spark's column pruning planned two aggregations, each an
 * exchange and a broadcast: two Spark jobs more.)
 */
final class PlatformTallies {
    private PlatformTallies() {
    }

    private static final String KIND = "_kind";
    private static final int USAGE = 0;
    private static final int COLLAPSED = 1;
    private static final int SET_ASIDE = 2;
    private static final String DATE = "_date";
    private static final String TALLY = "_t";

    /**
     * Rows: period, unit_id, check, counted (boolean), rows (long). Usage and collapsed rows dated after
     * {@code asOf} (or undated, when there is an as-of day) are left out; set-aside rows never are.
     *
     * @param memberUnits member_key, unit_id, and the member's last valid day in {@code lastValid}
     * @param setAside    from {@link QuarantinedRows#platformKeys}; null for none
     */
    static Dataset<Row> of(Dataset<Row> usage, Dataset<Row> collapsed, Dataset<Row> setAside,
                           Dataset<Row> memberUnits, String lastValid, LocalDate asOf) {
        Column noText = lit(null).cast("string");
        Column noCount = lit(null).cast("long");
        Dataset<Row> rows = usage.select(col(PlatformUsage.MEMBER_KEY).as(Members.MEMBER_KEY), lit(USAGE).as(KIND),
                        col(PlatformUsage.DATE).as(DATE), noCount.as(CollapsedRows.COLLAPSED),
                        noCount.as(CollapsedRows.SUPERSEDED), noText.as(QuarantinedRows.RAW_DATE),
                        noText.as(QuarantineColumns.REASON_CODE), noText.as(QuarantineColumns.COLUMN))
                .unionByName(collapsed.select(col(PlatformUsage.MEMBER_KEY).as(Members.MEMBER_KEY),
                        lit(COLLAPSED).as(KIND), col(PlatformUsage.DATE).as(DATE),
                        col(CollapsedRows.COLLAPSED).cast("long").as(CollapsedRows.COLLAPSED),
                        col(CollapsedRows.SUPERSEDED).cast("long").as(CollapsedRows.SUPERSEDED),
                        noText.as(QuarantinedRows.RAW_DATE), noText.as(QuarantineColumns.REASON_CODE),
                        noText.as(QuarantineColumns.COLUMN)));
        if (setAside != null) {
            rows = rows.unionByName(setAside.select(col(Members.MEMBER_KEY), lit(SET_ASIDE).as(KIND),
                    lit(null).cast("date").as(DATE), noCount.as(CollapsedRows.COLLAPSED),
                    noCount.as(CollapsedRows.SUPERSEDED), col(QuarantinedRows.RAW_DATE),
                    col(QuarantineColumns.REASON_CODE), col(QuarantineColumns.COLUMN)));
        }
        Column kind = col(KIND);
        if (asOf != null) {
            rows = rows.filter(kind.equalTo(SET_ASIDE).or(col(DATE).leq(lit(Date.valueOf(asOf)))));
        }
        Dataset<Row> joined = rows.join(memberUnits, Members.MEMBER_KEY, "left");
        Column unit = col(Indicators.UNIT_ID);
        Column period = when(kind.equalTo(SET_ASIDE), QuarantinedRows.placedPeriod())
                .otherwise(Quarters.of(col(DATE)));
        Column unitId = when(kind.equalTo(SET_ASIDE), QuarantinedRows.placedUnit(unit))
                .otherwise(coalesce(unit, lit(DimensionGroups.UNKNOWN)));
        Column usageCheck = when(col(DATE).gt(col(lastValid)), lit(DataQuality.PLATFORM_AFTER_VALIDITY))
                .otherwise(lit(ScorecardRows.ROW));
        Column setAsideRow = tally(QuarantinedRows.setAsideCheck(), true, lit(1L));
        Column tallies = when(kind.equalTo(USAGE), array(tally(usageCheck, true, lit(1L))))
                .when(kind.equalTo(COLLAPSED), array(
                        tally(lit(DataQuality.EXACT_DUPLICATE), false, col(CollapsedRows.COLLAPSED)),
                        tally(lit(DataQuality.SUPERSEDED), false, col(CollapsedRows.SUPERSEDED))))
                // A row set aside for a missing end time also counts under its own check (as events' rows do).
                .when(QuarantinedRows.missingEnd(), array(setAsideRow,
                        tally(lit(DataQuality.EVENT_WITHOUT_END_OR_VENUE), false, lit(1L))))
                .otherwise(array(setAsideRow));
        return joined.select(period.as(Indicators.PERIOD), unitId.as(Indicators.UNIT_ID), explode(tallies).as(TALLY))
                .select(col(Indicators.PERIOD), col(Indicators.UNIT_ID),
                        col(TALLY + "." + DataQuality.CHECK).as(DataQuality.CHECK),
                        col(TALLY + "." + DataQualityJob.COUNTED).as(DataQualityJob.COUNTED),
                        col(TALLY + "." + DataQualityJob.ROWS).as(DataQualityJob.ROWS));
    }

    private static Column tally(Column check, boolean counted, Column rows) {
        return struct(check.as(DataQuality.CHECK), lit(counted).as(DataQualityJob.COUNTED), rows.as(DataQualityJob.ROWS));
    }
}

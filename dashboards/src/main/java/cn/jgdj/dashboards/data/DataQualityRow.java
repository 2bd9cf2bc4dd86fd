package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.PERIOD;
import static cn.jgdj.schemas.indicators.Indicators.UNIT_ID;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;

/** One row of data_quality: a check's count and share of a unit's rows in a quarter ("undated" for unreadable). */
public record DataQualityRow(String period, String unitId, String check, long count, long unitRows, double share,
                             double threshold, boolean exceeds, boolean needsReview) {

    static DataQualityRow read(RowReader r) {
        return new DataQualityRow(r.text(PERIOD), r.text(UNIT_ID), r.text(DataQuality.CHECK),
                r.count(DataQuality.COUNT, false), r.count(DataQuality.UNIT_ROWS, false),
                r.number(DataQuality.SHARE), r.number(DataQuality.THRESHOLD), r.bool(DataQuality.EXCEEDS),
                r.bool(DataQuality.NEEDS_REVIEW));
    }

    /** Whether the row is in a quarter of the year (undated rows belong to none). */
    public boolean inYear(int year) {
        return Period.tryParse(period).filter(p -> p.isQuarter() && p.year() == year).isPresent();
    }
}

package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;

/** One row of platform_engagement: aggregate activity of a group on one platform in a month. */
public record PlatformRow(Period period, String platform, String dimension, String group, long eligible,
                          long active, double activeRate, double medianPointsPerActiveDay, boolean suppressed)
        implements GroupRow {

    static PlatformRow read(RowReader r) {
        boolean sup = r.bool(SUPPRESSED);
        return new PlatformRow(r.period(PERIOD), r.text(PlatformEngagement.PLATFORM), r.text(DIMENSION),
                r.text(GROUP), r.count(PlatformEngagement.ELIGIBLE, sup), r.count(PlatformEngagement.ACTIVE, sup),
                r.rate(PlatformEngagement.ACTIVE_RATE), r.number(PlatformEngagement.MEDIAN_POINTS), sup);
    }
}

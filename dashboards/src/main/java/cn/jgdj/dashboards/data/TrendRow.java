package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.Trends;

/**
 * One complete quarter of a headline indicator's series for a group, with the series statistics repeated: the
 * seasonal Sen slope per year with its interval and the seasonal Kendall S, Z and p.
 */
public record TrendRow(String indicator, String dimension, String group, Period period, double value,
                       double yoyChange, double slopePerYear, double slopeCiLow, double slopeCiHigh,
                       double skS, double skZ, double skP, String direction, boolean suppressed) implements GroupRow {

    static TrendRow read(RowReader r) {
        return new TrendRow(r.text(INDICATOR), r.text(DIMENSION), r.text(GROUP), r.period(PERIOD),
                r.number(Trends.VALUE), r.number(Trends.YOY_CHANGE), r.number(Trends.SLOPE),
                r.number(Trends.SLOPE_CI_LOW), r.number(Trends.SLOPE_CI_HIGH), r.number(Trends.SK_S),
                r.number(Trends.SK_Z), r.number(Trends.SK_P), r.text(Trends.DIRECTION), r.bool(SUPPRESSED));
    }
}

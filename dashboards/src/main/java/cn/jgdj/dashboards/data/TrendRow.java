package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.indicators.Indicators.Trends;

/** One quarter of a headline indicator's series for a group, with the series statistics repeated. */
public record TrendRow(String indicator, String dimension, String group, Period period, double value,
                       double yoyChange, double slope, double slopeCiLow, double slopeCiHigh, double mkS,
                       double mkZ, double mkP, String direction, boolean suppressed) implements GroupRow {

    static TrendRow read(RowReader r) {
        return new TrendRow(r.text(INDICATOR), r.text(DIMENSION), r.text(GROUP), r.period(PERIOD),
                r.number(Trends.VALUE), r.number(Trends.YOY_CHANGE), r.number(Trends.SLOPE),
                r.number(Trends.SLOPE_CI_LOW), r.number(Trends.SLOPE_CI_HIGH), r.number(Trends.MK_S),
                r.number(Trends.MK_Z), r.number(Trends.MK_P), r.text(Trends.DIRECTION), r.bool(SUPPRESSED));
    }
}

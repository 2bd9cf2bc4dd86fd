package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import cn.jgdj.schemas.indicators.Indicators.Forecast;
import cn.jgdj.schemas.indicators.Indicators.SecretaryReadiness;

/** The tables for acting in time: year-end forecast, secretary readiness, data-quality scorecard. */
public record ActingTables(Table<ForecastRow> forecast, Table<SecretaryRow> secretaries,
                           Table<DataQualityRow> dataQuality) {

    static ActingTables load(cn.jgdj.schemas.OutputLayout layout) {
        return new ActingTables(
                IndicatorTables.read(layout, Forecast.NAME, Forecast.COLUMNS, ForecastRow::read),
                IndicatorTables.read(layout, SecretaryReadiness.NAME, SecretaryReadiness.COLUMNS, SecretaryRow::read),
                IndicatorTables.read(layout, DataQuality.NAME, DataQuality.COLUMNS, DataQualityRow::read));
    }
}

package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import cn.jgdj.schemas.indicators.Indicators.Forecast;
import cn.jgdj.schemas.indicators.Indicators.SecretaryReadiness;

/** The tables for acting in time: year-end forecast, secretary readiness, data-quality scorecard. */
public final class ActingTables {
    private final IndicatorTables tables;

    ActingTables(IndicatorTables tables) {
        this.tables = tables;
    }

    public Table<ForecastRow> forecast() {
        return tables.get(Forecast.NAME, ForecastRow::read);
    }

    public Table<SecretaryRow> secretaries() {
        return tables.get(SecretaryReadiness.NAME, SecretaryRow::read);
    }

    public Table<DataQualityRow> dataQuality() {
        return tables.get(DataQuality.NAME, DataQualityRow::read);
    }
}

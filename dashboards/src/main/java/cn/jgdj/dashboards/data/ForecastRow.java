package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.DIMENSION;
import static cn.jgdj.schemas.indicators.Indicators.GROUP;
import static cn.jgdj.schemas.indicators.Indicators.PERIOD;
import static cn.jgdj.schemas.indicators.Indicators.SUPPRESSED;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.Forecast;

/** One row of the forecast table: a group's projected year-end attainment at a quarter end, and its backtest. */
public record ForecastRow(Period period, Period asOf, String dimension, String group, long eligible,
                          long behindPace, double projectedRate, double piLow, double piHigh, int earlierYears,
                          double actualRate, int backtestYears, double backtestCoverage, String status,
                          boolean suppressed) {

    static ForecastRow read(RowReader r) {
        return new ForecastRow(r.period(PERIOD), r.period(Forecast.AS_OF), r.text(DIMENSION), r.text(GROUP),
                r.count(Forecast.ELIGIBLE, false), r.count(Forecast.BEHIND_PACE, false),
                r.rate(Forecast.PROJECTED_RATE), r.rate(Forecast.PI_LOW), r.rate(Forecast.PI_HIGH),
                (int) r.count(Forecast.EARLIER_YEARS, false), r.rate(Forecast.ACTUAL_RATE),
                (int) r.count(Forecast.BACKTEST_YEARS, false), r.rate(Forecast.BACKTEST_COVERAGE),
                r.text(Forecast.STATUS), r.bool(SUPPRESSED));
    }

    /** Whether a forecast was made (enough earlier years). */
    public boolean forecastMade() {
        return Forecast.STATUS_OK.equals(status);
    }
}

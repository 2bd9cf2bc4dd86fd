package cn.jgdj.jobs.forecast;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One group's year-end forecast at a quarter end and its backtest: a row of indicators/forecast as the job writes it,
 * in Indicators.Forecast.COLUMNS order (dashboards reads it back as data.ForecastRow); null where a figure does not
 * exist.
 */
public record GroupForecast(String period, String asOf, String dimension, String group, long eligible,
                          long behindPace, double onTrackRate, Double projectedRate, Double piLow, Double piHigh,
                          int earlierYears, Double actualRate, Double error, Boolean covered, int backtestYears,
                          Double backtestCoverage, Double backtestMeanAbsError, String status, boolean suppressed) {

    GroupForecast withBacktest(int years, Double coverage, Double meanAbsError) {
        return new GroupForecast(period, asOf, dimension, group, eligible, behindPace, onTrackRate, projectedRate,
                piLow, piHigh, earlierYears, actualRate, error, covered, years, coverage, meanAbsError, status,
                suppressed);
    }

    public Row toRow() {
        return RowFactory.create(period, asOf, dimension, group, eligible, behindPace, onTrackRate, projectedRate,
                piLow, piHigh, earlierYears, actualRate, error, covered, backtestYears, backtestCoverage,
                backtestMeanAbsError, status, suppressed);
    }
}

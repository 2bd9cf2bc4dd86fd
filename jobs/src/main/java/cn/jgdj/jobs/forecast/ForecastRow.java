package cn.jgdj.jobs.forecast;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row of indicators/forecast, in Indicators.Forecast.COLUMNS order; null where a figure does not exist. */
public record ForecastRow(String period, String asOf, String dimension, String group, long eligible,
                          long behindPace, double onTrackRate, Double projectedRate, Double piLow, Double piHigh,
                          int earlierYears, Double actualRate, Double error, Boolean covered, int backtestYears,
                          Double backtestCoverage, Double backtestMeanAbsError, String status, boolean suppressed) {

    ForecastRow withBacktest(int years, Double coverage, Double meanAbsError) {
        return new ForecastRow(period, asOf, dimension, group, eligible, behindPace, onTrackRate, projectedRate,
                piLow, piHigh, earlierYears, actualRate, error, covered, years, coverage, meanAbsError, status,
                suppressed);
    }

    public Row toRow() {
        return RowFactory.create(period, asOf, dimension, group, eligible, behindPace, onTrackRate, projectedRate,
                piLow, piHigh, earlierYears, actualRate, error, covered, backtestYears, backtestCoverage,
                backtestMeanAbsError, status, suppressed);
    }
}

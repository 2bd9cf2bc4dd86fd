/**
 * indicators/forecast: the year-end attainment forecast at each quarter end with an 80 % empirical prediction
 * interval, backtested on every earlier year. Spark builds the small member-level counts; the forecast itself is
 * plain Java over those counts (ForecastRows), so it can be tested by hand.
 */
package cn.jgdj.jobs.forecast;

/**
 * 学时 coverage ({@code indicators/coverage}) and the rolling-window attainment series
 * ({@code work/rolling_attainment}) the trends job reads: {@link cn.jgdj.jobs.coverage.CoverageJob}. Reached means
 * credited hours &gt; 0, attained means hours ≥ the member's requirement; the attainment interval is the 95% Wilson
 * score interval of {@link cn.jgdj.jobs.stats.WilsonInterval}. Groups appear only when they have members.
 */
package cn.jgdj.jobs.coverage;

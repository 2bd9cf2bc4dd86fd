/**
 * 学时 coverage ({@code indicators/coverage}; its year-to-date quarters are the trends job's attainment series):
 * {@link cn.jgdj.jobs.coverage.CoverageJob}. Reached means
 * credited hours &gt; 0, attained means hours ≥ the member's requirement; the attainment interval is the 95% Wilson
 * score interval of {@link cn.jgdj.jobs.stats.WilsonInterval}. Groups appear only when they have members.
 */
package cn.jgdj.jobs.coverage;

/**
 * The group-rate table the member indicators share ({@link cn.jgdj.jobs.groups.GroupRates}): members per period,
 * dimension and group, the job's own figures (by platform or theme where it has them), rates, suppression under the
 * minimum cell size, `partial`, and the job's order. Coverage, platform engagement and volunteer feed it only their
 * own per-member aggregations.
 */
package cn.jgdj.jobs.groups;

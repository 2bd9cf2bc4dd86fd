/**
 * The group-rate table the member indicators share ({@link cn.jgdj.jobs.groups.GroupRates}): members per period,
 * dimension and group, the job's own figures (by platform or theme where it has them), rates, suppression under the
 * minimum cell size, `partial`, and the job's order. Coverage, platform engagement and volunteer feed it only their
 * own per-member aggregations.
 *
 * <p>Every member indicator starts from the same per-member step: the members eligible in each window, with their
 * groups and their credited hours left-joined ({@code membership.WindowMembers.trainingWithHours}, or
 * {@code WindowMembers.of} with the volunteer population). work/member_periods ({@code MemberPeriodsJob}) and the
 * follow-up list ({@code FollowupJob}) use that step and stop there: both publish one row per member, not per group,
 * so the rest of the builder (explode by dimension, count, rate, suppression, group order) does not apply to them.
 * member_periods is the input coverage feeds into GroupRates. The follow-up list is restricted and names members
 * for their own secretary, so grouping or suppressing it would change what it is; and it cannot read
 * member_periods instead of recomputing the step, because its window (1 January to the pace day, in the review
 * year) is not one of member_periods' windows when the review year or as-of day lies outside the event data, and
 * reading it would change the DAG.
 */
package cn.jgdj.jobs.groups;

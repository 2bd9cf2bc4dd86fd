/**
 * Who counts, when, in which group: the windows ({@link cn.jgdj.jobs.membership.PeriodWindows}), the members counted
 * once per window with the attributes of their last included row ({@link cn.jgdj.jobs.membership.WindowMembers}),
 * {@code work/member_periods} ({@link cn.jgdj.jobs.membership.MemberPeriodsJob}) and {@code work/member_outcomes}
 * ({@link cn.jgdj.jobs.membership.MemberOutcomesJob}).
 *
 * <p>Eligible: a member row of type full or probationary, not exempt (when the rules exclude exempt members), whose
 * validity overlaps the window. Requirement: the role's requirement (secretary or not, from the last eligible row) ×
 * the calendar months of the pro-rating span with an eligible day / 12, rounded up; the span is the calendar year for
 * year and year-to-date windows (so year to date is measured against the full-year requirement). Rules apply by the year of the window's last day. Coverage windows run from the
 * first to the last event start in the warehouse; a group attribute that cannot be resolved (a branch missing from the
 * branches file) becomes the group {@code unknown} so the totals still add up.
 */
package cn.jgdj.jobs.membership;

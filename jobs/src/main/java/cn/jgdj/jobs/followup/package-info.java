/**
 * The restricted follow-up list ({@code restricted/followup}): members behind pace in the review year, for branch
 * secretaries: {@link cn.jgdj.jobs.followup.FollowupJob}. Restricted output, never read by a pack, never ranked.
 */
package cn.jgdj.jobs.followup;

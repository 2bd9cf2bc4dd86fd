/**
 * Aggregate learning-platform engagement ({@code indicators/platform_engagement}):
 * {@link cn.jgdj.jobs.platform.PlatformEngagementJob}. Never per person: national rules forbid points rankings and
 * study-time statistics as a basis for judging members.
 */
package cn.jgdj.jobs.platform;

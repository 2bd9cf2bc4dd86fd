/**
 * Volunteer service ({@code indicators/volunteer}) per year and single quarter, by theme:
 * {@link cn.jgdj.jobs.volunteer.VolunteerJob}. Counts eligible members plus candidates and activists.
 */
package cn.jgdj.jobs.volunteer;

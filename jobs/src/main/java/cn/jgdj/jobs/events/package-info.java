/**
 * The event-based indicator families, each a job with a pure transform and a {@code run(JobIO, JobParams)}:
 * {@link cn.jgdj.jobs.events.ParticipationJob} (indicators/participation),
 * {@link cn.jgdj.jobs.events.BranchComplianceJob} (indicators/branch_compliance),
 * {@link cn.jgdj.jobs.events.ObservationCoverageJob} (indicators/observation_coverage) and
 * {@link cn.jgdj.jobs.events.VenueUseJob} (indicators/venue_use). They read the curated warehouse only.
 */
package cn.jgdj.jobs.events;

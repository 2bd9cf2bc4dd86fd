/**
 * Training effectiveness (培训成效): the monthly member panel (Spark, one plan), the Callaway &amp; Sant'Anna
 * group-time estimator over per-branch sums (plain Java, so the cluster bootstrap resamples branches cheaply),
 * its aggregation to an event study and an overall effect, and the job writing indicators/effectiveness.
 */
package cn.jgdj.jobs.effectiveness;

/**
 * Small results finished on the driver instead of by another Spark job: partial totals per partition merged on
 * the driver (PartitionTotals), and the few rows of a small committed table read from its Parquet files by the
 * driver (SmallTables). Each Spark job costs about a second of fixed cost on a 2-core machine (planning, adaptive
 * re-planning, code generation) whatever the rows it moves; these are for results of a few hundred rows.
 */
package cn.jgdj.jobs.driverside;

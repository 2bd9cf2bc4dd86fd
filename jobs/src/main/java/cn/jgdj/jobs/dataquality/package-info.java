/**
 * indicators/data_quality: a scorecard per reporting unit × quarter of records that look kept for show (痕迹管理)
 * or cannot be trusted as they stand. Scored rows are one long table (period, unit, check) tallied in one Spark
 * aggregation and collected once; ScorecardRows builds the scorecard from the tallies on the driver.
 * QuarantinedRows places the rows set aside at ingest without any personal data; ingest's CollapsedRows side tables
 * place the exact copies and superseded rows it did not write.
 */
package cn.jgdj.jobs.dataquality;

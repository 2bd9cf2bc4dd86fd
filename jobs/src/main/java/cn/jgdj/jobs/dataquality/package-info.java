/**
 * indicators/data_quality: a scorecard per reporting unit × quarter of records that look kept for show (痕迹管理)
 * or cannot be trusted as they stand. Flagged rows are one long table (period, unit, check) so that every check is
 * counted in one pass; QuarantinedRows places the rows set aside at ingest without any personal data.
 */
package cn.jgdj.jobs.dataquality;

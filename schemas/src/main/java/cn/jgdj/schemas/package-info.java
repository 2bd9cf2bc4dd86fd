/**
 * What every module shares, without Spark: one class per raw dataset (columns, Chinese aliases, key, curated
 * schema in neutral {@link cn.jgdj.schemas.raw.ColumnType}s), the catalog of dataset names and output paths, and
 * the reporting {@link cn.jgdj.schemas.Period} ({@code 2025}, {@code 2025Q3}, {@code 2025-07}). The jobs module
 * turns curated schemas into Spark types ({@code cn.jgdj.jobs.io.SparkSchemas}); the dashboards read the same
 * definitions without Spark on their classpath. Every published indicator table is described once, by name and
 * columns, in {@code indicators.Indicators.PUBLISHED}: the pack tasks' inputs and the packs' tables follow from it.
 * The ingest report is one record ({@link cn.jgdj.schemas.quality.IngestSummary}) with one JSON codec
 * ({@link cn.jgdj.schemas.quality.IngestReportJson}) that the ingest job writes with and the packs read with; the
 * run record likewise ({@link cn.jgdj.schemas.run.RunRecord}, {@link cn.jgdj.schemas.run.RunRecordJson}).
 * Every code table ({@link cn.jgdj.schemas.codes.CodeTable}) carries each code's English and Chinese label beside
 * the code; {@link cn.jgdj.schemas.CreditRules} is the year's 学时 rules as the packs quote them.
 */
package cn.jgdj.schemas;

/**
 * What the packs read from a run's output: the published indicator tables ({@link
 * cn.jgdj.dashboards.data.IndicatorTables}: every table of {@code Indicators.PUBLISHED}, headers checked on load,
 * rows parsed into a figure's typed records when first asked for), the ingest totals and the run facts. Errors
 * name the file, row, column and value.
 */
package cn.jgdj.dashboards.data;

/**
 * Ingest: raw exports in, curated warehouse and quarantine out; see {@link cn.jgdj.jobs.ingest.IngestJob}.
 *
 * <p>One task per raw dataset, in {@link cn.jgdj.schemas.Datasets#ALL} order. The file (DATASET.csv in UTF-8,
 * UTF-8 with BOM or GB18030, or DATASET.xlsx) is read into numbered records ({@link cn.jgdj.jobs.ingest.CsvSource},
 * {@link cn.jgdj.jobs.ingest.XlsxSource}; header = row 1), each record is parsed and checked on its own by the
 * Spark-free {@link cn.jgdj.jobs.ingest.RowParser} (row shape, required cells, parsing, ranges), then against the
 * curated datasets it references ({@link cn.jgdj.jobs.ingest.CrossChecks}), then by key
 * ({@link cn.jgdj.jobs.ingest.KeyChecks}: weaker attendance rows of a key are superseded by the strongest status,
 * exact duplicates collapse, conflicting keys and member rows sharing days beyond a handover day are quarantined).
 * Every bad row gets exactly one reason code, the first problem in that order. Rows read = written + collapsed +
 * superseded + quarantined. A member the members file names is known even when all its rows are quarantined
 * ({@link cn.jgdj.jobs.ingest.SourceKeys}). A big file spread over several tasks is parsed twice
 * ({@link cn.jgdj.jobs.ingest.SpreadIngest}): the key checks shuffle rows without member_key and hold only the rows
 * they do not write; the curated rows come from the second parse.
 *
 * <p>Privacy: member_id becomes member_key ({@link cn.jgdj.jobs.ingest.MemberKeys}, HMAC-SHA256 under the
 * operator's secret); name and id_number are dropped right after the key checks and never written, not even
 * to quarantine. Quarantine keeps the other raw cells (member_id included) for data stewards: treat it as
 * restricted. Counts per dataset go to quality/ingest/DATASET.json; {@link cn.jgdj.jobs.ingest.IngestReport}
 * merges them.
 */
package cn.jgdj.jobs.ingest;

package cn.jgdj.schemas;

/**
 * The keys of quality/ingest_report.json and quality/ingest/DATASET.json. Only
 * {@link cn.jgdj.schemas.quality.IngestReportJson} uses them: the ingest job writes and the packs read the report
 * through that one codec.
 */
public final class IngestReportFormat {
    private IngestReportFormat() {
    }

    /** The list of per-dataset counts, in ingest order. */
    public static final String DATASETS = "datasets";
    /** The datasets without counts yet. */
    public static final String MISSING = "missing";
    /** The sums over all datasets (written for readers of the file; recomputed, and checked, when read). */
    public static final String TOTALS = "totals";

    public static final String DATASET = "dataset";
    public static final String SOURCE_FILE = "source_file";
    public static final String ENCODING = "encoding";
    public static final String ROWS_READ = "rows_read";
    public static final String ROWS_WRITTEN = "rows_written";
    public static final String ROWS_COLLAPSED = "rows_collapsed";
    public static final String ROWS_SUPERSEDED = "rows_superseded";
    public static final String ROWS_QUARANTINED = "rows_quarantined";
    /** Rows quarantined per reason code (every code, zeros included, in the code's order). */
    public static final String QUARANTINED = "quarantined";
    public static final String BLANK_ROWS = "blank_rows";
    public static final String IGNORED_COLUMNS = "ignored_columns";
    public static final String ROWS_REFERRING_TO_QUARANTINED_MEMBERS = "rows_referring_to_quarantined_members";
}

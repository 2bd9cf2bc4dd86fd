package cn.jgdj.schemas;

/**
 * The keys of quality/ingest_report.json that another module reads: the ingest job writes one object per dataset
 * under {@link #DATASETS}; the packs read rows read, quarantined and superseded from it, by these exact keys.
 */
public final class IngestReportFormat {
    private IngestReportFormat() {
    }

    /** The list of per-dataset counts, in ingest order. */
    public static final String DATASETS = "datasets";
    public static final String DATASET = "dataset";
    public static final String ROWS_READ = "rows_read";
    public static final String ROWS_QUARANTINED = "rows_quarantined";
    public static final String ROWS_SUPERSEDED = "rows_superseded";
}

package cn.jgdj.schemas.quality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The ingest report (quality/ingest_report.json) as a value: each dataset's counts in ingest order and the
 * datasets without counts yet, with the totals over all datasets. The ingest job writes it and the packs read it,
 * both through {@link IngestReportJson}.
 */
public record IngestSummary(List<IngestCounts> datasets, List<String> missing) {

    public IngestSummary {
        datasets = List.copyOf(datasets);
        missing = List.copyOf(missing);
    }

    public long rowsRead() {
        return total(IngestCounts::rowsRead);
    }

    public long rowsWritten() {
        return total(IngestCounts::rowsWritten);
    }

    public long rowsCollapsed() {
        return total(IngestCounts::rowsCollapsed);
    }

    public long rowsSuperseded() {
        return total(IngestCounts::rowsSuperseded);
    }

    public long rowsQuarantined() {
        return total(IngestCounts::rowsQuarantined);
    }

    public long rowsReferringToQuarantinedMembers() {
        return total(IngestCounts::rowsReferringToQuarantinedMembers);
    }

    /** Quarantined rows per reason code over all datasets (every code, zeros included). */
    public Map<ReasonCode, Long> quarantined() {
        Map<ReasonCode, Long> out = new EnumMap<>(ReasonCode.class);
        for (ReasonCode code : ReasonCode.values()) {
            out.put(code, datasets.stream().mapToLong(c -> c.quarantined().get(code)).sum());
        }
        return out;
    }

    private long total(ToLongFunction<IngestCounts> f) {
        return datasets.stream().mapToLong(f).sum();
    }
}

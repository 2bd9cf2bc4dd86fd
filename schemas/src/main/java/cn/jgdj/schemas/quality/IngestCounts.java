package cn.jgdj.schemas.quality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What ingesting one dataset did: rows read from the file (blank rows excluded), written to the warehouse,
 * collapsed as exact duplicates, superseded by a stronger row of the same key (an absence made up later), and
 * quarantined per reason code. Always rowsRead = rowsWritten + rowsCollapsed + rowsSuperseded + rowsQuarantined.
 * {@code rowsReferringToQuarantinedMembers} counts written rows whose member is known (in the members file) but
 * has every row in quarantine. Stored as quality/ingest/DATASET.json by {@link IngestReportJson}.
 */
public record IngestCounts(String dataset, String sourceFile, String encoding, long rowsRead, long rowsWritten,
                           long rowsCollapsed, long rowsSuperseded, Map<ReasonCode, Long> quarantined, long blankRows,
                           List<String> ignoredColumns, long rowsReferringToQuarantinedMembers) {

    public IngestCounts {
        EnumMap<ReasonCode, Long> all = new EnumMap<>(ReasonCode.class);
        for (ReasonCode c : ReasonCode.values()) {
            all.put(c, quarantined.getOrDefault(c, 0L));
        }
        quarantined = Collections.unmodifiableMap(all);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** Counts of a dataset without ranked rows or member references (nothing superseded, none kept). */
    public IngestCounts(String dataset, String sourceFile, String encoding, long rowsRead, long rowsWritten,
                        long rowsCollapsed, Map<ReasonCode, Long> quarantined, long blankRows,
                        List<String> ignoredColumns) {
        this(dataset, sourceFile, encoding, rowsRead, rowsWritten, rowsCollapsed, 0, quarantined, blankRows,
                ignoredColumns, 0);
    }

    public long rowsQuarantined() {
        return quarantined.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether every row read is accounted for. */
    public boolean balanced() {
        return rowsRead == rowsWritten + rowsCollapsed + rowsSuperseded + rowsQuarantined();
    }

    public String toJson() {
        return IngestReportJson.write(this);
    }

    public static IngestCounts fromJson(String json) {
        return IngestReportJson.readCounts(json);
    }
}

package cn.jgdj.generator;

import cn.jgdj.schemas.quality.ReasonCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the generator wrote: data rows per file (header excluded, planted rows included), the planted rows that
 * ingest must quarantine per reason (over all files, and per dataset), the exact duplicate rows that ingest
 * collapses instead, and the under-served groups planted. The same facts are in {@code out/truth.json}.
 */
public record GenerationSummary(Path out, Map<String, Long> rowsPerFile, Map<ReasonCode, Integer> dirtyRows,
                                Map<String, Map<ReasonCode, Integer>> dirtyRowsPerDataset, int exactDuplicates,
                                Map<String, Integer> exactDuplicatesPerDataset, List<PlantedGroup> underServed) {

    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    public int totalDirtyRows() {
        return dirtyRows.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A readable multi-line summary for the command line. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("Demo county written to ").append(out).append('\n');
        rowsPerFile.forEach((f, n) -> b.append(String.format("  %-20s %,12d rows%n", f, n)));
        b.append(String.format("  %-20s %,12d rows%n", "total", totalRows()));
        b.append(String.format("Planted rows ingest must quarantine: %,d%n", totalDirtyRows()));
        dirtyRows.forEach((c, n) -> {
            if (n > 0) {
                StringBuilder where = new StringBuilder();
                dirtyRowsPerDataset.forEach((d, m) -> {
                    Integer k = m.get(c);
                    if (k != null && k > 0) {
                        where.append(where.isEmpty() ? "" : ", ").append(d).append(' ').append(k);
                    }
                });
                b.append(String.format("  %-21s %,8d  (%s)%n", c.name(), n, where));
            }
        });
        b.append(String.format("Exact duplicate rows ingest collapses: %,d %s%n", exactDuplicates,
                exactDuplicatesPerDataset));
        b.append("Under-served groups planted:\n");
        for (PlantedGroup g : underServed) {
            b.append("  ").append(g.dimension()).append(' ').append(g.group()).append(": ")
                    .append(String.join(", ", g.indicators())).append(" (").append(g.effect()).append(")\n");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}

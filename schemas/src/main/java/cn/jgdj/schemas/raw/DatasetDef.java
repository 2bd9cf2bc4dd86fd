package cn.jgdj.schemas.raw;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the project knows about one dataset: its raw columns (with header aliases),
 * the key that must be unique, the curated schema written to the warehouse (engine-neutral types),
 * and the partition columns of the curated Parquet.
 */
public record DatasetDef(String name, List<RawColumn> rawColumns, List<String> key,
                         CuratedSchema curated, List<String> partitionBy) {

    /** The raw column whose identifier or alias equals the header cell (case-insensitive, trimmed). */
    public Optional<RawColumn> columnForHeader(String header) {
        String h = header == null ? "" : header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        for (RawColumn c : rawColumns) {
            if (c.name().equalsIgnoreCase(h)) {
                return Optional.of(c);
            }
            for (String alias : c.aliases()) {
                if (alias.toLowerCase(Locale.ROOT).equals(h)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    public RawColumn column(String name) {
        return rawColumns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    /** Curated column names in schema order. */
    public List<String> curatedColumns() {
        return curated.names();
    }
}

package cn.jgdj.dashboards.packs;

import cn.jgdj.dashboards.text.Lang;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to render: the output root OUT (indicator CSVs under OUT/indicators, packs written to OUT/reports), the
 * period (`2025` or `2025Q3`), one pack id or null for every pack that reviews that kind of period, the
 * language (null = Chinese), the run id shown on the pack (may be null), the data as-of date (null = today) and
 * the minimum cell size the indicators were computed with (null = what the run record says, else 10).
 */
public record PackRequest(Path outRoot, String period, String pack, Lang lang, String runId, LocalDate asOf,
                          Integer minCellSize) {

    public PackRequest {
        Objects.requireNonNull(outRoot, "outRoot");
        Objects.requireNonNull(period, "period");
        lang = lang == null ? Lang.ZH : lang;
        asOf = asOf == null ? LocalDate.now() : asOf;
    }

    /** A request that takes the minimum cell size from the run record. */
    public PackRequest(Path outRoot, String period, String pack, Lang lang, String runId, LocalDate asOf) {
        this(outRoot, period, pack, lang, runId, asOf, null);
    }
}

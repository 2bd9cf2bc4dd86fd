package cn.jgdj.generator;

import cn.jgdj.schemas.quality.ReasonCode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts the planted rows actually written, per file and reason, so truth.json matches the files exactly. */
final class DirtTally {
    private final Map<String, EnumMap<ReasonCode, Integer>> byFile = new LinkedHashMap<>();
    private final Map<String, Integer> duplicatesByFile = new LinkedHashMap<>();

    void add(String dataset, Flaw flaw, int rows) {
        if (flaw == Flaw.EXACT_DUPLICATE) {
            duplicatesByFile.merge(dataset, rows, Integer::sum);
        } else {
            byFile.computeIfAbsent(dataset, k -> new EnumMap<>(ReasonCode.class)).merge(flaw.reason(), rows,
                    Integer::sum);
        }
    }

    /** Quarantined rows per reason over all files, every reason present (0 when none was planted). */
    Map<ReasonCode, Integer> totals() {
        EnumMap<ReasonCode, Integer> t = new EnumMap<>(ReasonCode.class);
        for (ReasonCode c : ReasonCode.values()) {
            t.put(c, 0);
        }
        byFile.values().forEach(m -> m.forEach((c, n) -> t.merge(c, n, Integer::sum)));
        return t;
    }

    Map<String, Map<ReasonCode, Integer>> byFile() {
        Map<String, Map<ReasonCode, Integer>> copy = new LinkedHashMap<>();
        byFile.forEach((f, m) -> copy.put(f, Map.copyOf(new EnumMap<>(m))));
        return copy;
    }

    int exactDuplicates() {
        return duplicatesByFile.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> exactDuplicatesByFile() {
        return new LinkedHashMap<>(duplicatesByFile);
    }
}

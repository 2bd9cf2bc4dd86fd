package cn.jgdj.generator;

import cn.jgdj.schemas.quality.ReasonCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes out/truth.json: what was planted, for tests and demos to check the pipeline against.
 * <pre>
 * {"seed": 20251, "members": 10000, "years": [2021, ..., 2025],
 *  "under_served": [{"dimension": "age_band", "group": "&gt;=56",
 *                    "indicators": ["attainment", "reach", "platform_activity"],
 *                    "effect": "...", "expected_gap_pp": {"attainment": -33, ...}}, ...],
 *  "late_trained_secretaries": {"window_months": 6, "as_of": "2025-12-31",
 *                               "newly_appointed_by_year": {"2024": n, "2025": n},
 *                               "overdue_by_year": {"2024": n, "2025": n}, "late_window_still_open": n},
 *  "reporting_gaps": [{"unit_id": "U0003", "period": "2024Q2", "events_without_attendance": n}, ...],
 *  "dirty_rows": {"MALFORMED_ROW": n, ... every ReasonCode, 0 when none},
 *  "exact_duplicates": n,
 *  "dirty_rows_by_dataset": {"members": {"MALFORMED_ROW": n, ...}, ...},
 *  "exact_duplicates_by_dataset": {"attendance": n, ...},
 *  "second_edition": {"handover_touches": n, "planned_future_ends": n, "absence_makeup_pairs": n,
 *                     "unit_wide_events": n, "events_in_progress": 1, "invalid_events": 1,
 *                     "invalid_event_attendance": n},
 *  "rows": {"units.csv": n, ...}}
 * </pre>
 * dirty_rows counts rows ingest must quarantine (every row of a conflicting key or an overlapping member
 * counted); exact_duplicates counts the extra copies ingest collapses. Hand-written JSON (a few fixed fields)
 * so the generator needs no JSON library at run time.
 */
final class TruthJson {
    static final String FILE = "truth.json";

    private TruthJson() {
    }

    /**
     * The truth file; {@code effect} adds the planted training effects ("training_effects") and {@code warnings}
     * the late-trained secretaries and reporting gaps ("late_trained_secretaries", "reporting_gaps") when given.
     */
    static void write(Path file, GeneratorConfig config, GenerationSummary s, Map<String, Integer> secondEdition,
                      TrainingEffect effect, String warnings)
            throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("{\n");
        b.append("  \"seed\": ").append(config.seed()).append(",\n");
        b.append("  \"members\": ").append(config.members()).append(",\n");
        b.append("  \"years\": [");
        for (int y = config.firstYear(); y <= config.lastYear(); y++) {
            b.append(y == config.firstYear() ? "" : ", ").append(y);
        }
        b.append("],\n");
        b.append("  \"under_served\": [");
        List<PlantedGroup> groups = s.underServed();
        for (int i = 0; i < groups.size(); i++) {
            PlantedGroup g = groups.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("    {\"dimension\": ").append(str(g.dimension()))
                    .append(", \"group\": ").append(str(g.group())).append(", \"indicators\": [");
            for (int k = 0; k < g.indicators().size(); k++) {
                b.append(k == 0 ? "" : ", ").append(str(g.indicators().get(k)));
            }
            b.append("], \"effect\": ").append(str(g.effect())).append(", \"expected_gap_pp\": ");
            intMap(b, g.expectedGapPp());
            b.append('}');
        }
        b.append("\n  ],\n");
        b.append(effect == null ? "" : effect.truthJson());
        b.append(warnings == null ? "" : warnings);
        b.append("  \"dirty_rows\": ");
        reasonMap(b, s.dirtyRows());
        b.append(",\n  \"exact_duplicates\": ").append(s.exactDuplicates()).append(",\n");
        b.append("  \"dirty_rows_by_dataset\": {");
        Iterator<Map.Entry<String, Map<ReasonCode, Integer>>> it = s.dirtyRowsPerDataset().entrySet().iterator();
        boolean first = true;
        while (it.hasNext()) {
            Map.Entry<String, Map<ReasonCode, Integer>> e = it.next();
            b.append(first ? "\n" : ",\n").append("    ").append(str(e.getKey())).append(": ");
            reasonMap(b, e.getValue());
            first = false;
        }
        b.append("\n  },\n");
        b.append("  \"exact_duplicates_by_dataset\": ");
        intMap(b, s.exactDuplicatesPerDataset());
        b.append(",\n  \"second_edition\": ");
        intMap(b, secondEdition);
        b.append(",\n  \"rows\": {");
        first = true;
        for (Map.Entry<String, Long> e : s.rowsPerFile().entrySet()) {
            b.append(first ? "" : ", ").append(str(e.getKey())).append(": ").append(e.getValue());
            first = false;
        }
        b.append("}\n}\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** Reasons in ReasonCode order; every reason listed, zeros included, in dirty_rows. */
    private static void reasonMap(StringBuilder b, Map<ReasonCode, Integer> m) {
        b.append('{');
        boolean first = true;
        for (ReasonCode c : ReasonCode.values()) {
            Integer n = m.get(c);
            if (n == null) {
                continue;
            }
            b.append(first ? "" : ", ").append(str(c.name())).append(": ").append(n);
            first = false;
        }
        b.append('}');
    }

    private static void intMap(StringBuilder b, Map<String, Integer> m) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            b.append(first ? "" : ", ").append(str(e.getKey())).append(": ").append(e.getValue());
            first = false;
        }
        b.append('}');
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

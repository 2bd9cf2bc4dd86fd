package cn.jgdj.jobs.truth;

import cn.jgdj.schemas.quality.ReasonCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What truth.json says was planted, read from the file itself (not from the generator's in-memory summary), so the
 * test checks the artifact a demo user would check against.
 */
record Truth(List<Integer> years, Set<Finding> underServed, Map<ReasonCode, Long> dirtyRows, long exactDuplicates,
             Map<String, Map<ReasonCode, Long>> dirtyRowsByDataset, Map<String, Long> exactDuplicatesByDataset) {

    /** One (indicator, dimension, group) of the under_served table. */
    record Finding(String indicator, String dimension, String group) {
        @Override
        public String toString() {
            return indicator + " " + dimension + "=" + group;
        }
    }

    static Truth read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Integer> years = new ArrayList<>();
        root.path("years").forEach(y -> years.add(y.asInt()));
        Set<Finding> planted = new LinkedHashSet<>();
        for (JsonNode g : root.path("under_served")) {
            for (JsonNode indicator : g.path("indicators")) {
                planted.add(new Finding(indicator.asText(), g.path("dimension").asText(), g.path("group").asText()));
            }
        }
        Map<String, Map<ReasonCode, Long>> byDataset = new LinkedHashMap<>();
        root.path("dirty_rows_by_dataset").properties().forEach(e -> byDataset.put(e.getKey(), reasons(e.getValue())));
        Map<String, Long> duplicatesByDataset = new LinkedHashMap<>();
        root.path("exact_duplicates_by_dataset").properties()
                .forEach(e -> duplicatesByDataset.put(e.getKey(), e.getValue().asLong()));
        if (years.isEmpty() || planted.isEmpty() || !root.has("dirty_rows") || !root.has("exact_duplicates")) {
            throw new IllegalArgumentException(file + " lacks years, under_served, dirty_rows or exact_duplicates");
        }
        return new Truth(List.copyOf(years), Set.copyOf(planted), reasons(root.path("dirty_rows")),
                root.path("exact_duplicates").asLong(), byDataset, duplicatesByDataset);
    }

    /** Every reason code, zero when the object does not list it. */
    private static Map<ReasonCode, Long> reasons(JsonNode o) {
        Map<ReasonCode, Long> m = new EnumMap<>(ReasonCode.class);
        for (ReasonCode c : ReasonCode.values()) {
            m.put(c, 0L);
        }
        o.properties().forEach(e -> m.put(ReasonCode.valueOf(e.getKey()), e.getValue().asLong()));
        return m;
    }

    int lastYear() {
        return years.get(years.size() - 1);
    }
}

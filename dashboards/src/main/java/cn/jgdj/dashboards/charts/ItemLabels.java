package cn.jgdj.dashboards.charts;

import java.util.HashMap;
import java.util.Map;

/** The text printed at each bar or point, keyed by series and category; an item without one has no label. */
public final class ItemLabels {
    private final Map<String, String> byKey = new HashMap<>();

    public ItemLabels put(Comparable<?> series, Comparable<?> category, String text) {
        byKey.put(series + "\u0000" + category, text);
        return this;
    }

    public String get(Comparable<?> series, Comparable<?> category) {
        return byKey.get(series + "\u0000" + category);
    }

    public boolean has(Comparable<?> series, Comparable<?> category) {
        return byKey.containsKey(series + "\u0000" + category);
    }

    /** The widest label in em: a CJK character or full-width bracket is 1, any other character about 0.55. */
    public double widestEm() {
        return byKey.values().stream().mapToDouble(t -> t.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.55 : 1.0)
                .sum()).max().orElse(0);
    }
}

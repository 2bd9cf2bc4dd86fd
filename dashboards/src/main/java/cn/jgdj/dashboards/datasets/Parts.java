package cn.jgdj.dashboards.datasets;

import java.util.ArrayList;
import java.util.List;

/** Splits a long list (120 units) into near-equal parts of at most a given size, one chart page each. */
public final class Parts {
    /** Rows per tall chart page that still read on A4. */
    public static final int MAX_ROWS = 40;

    private Parts() {
    }

    public static <T> List<List<T>> split(List<T> items, int max) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        int parts = (items.size() + max - 1) / max;
        int size = (items.size() + parts - 1) / parts;
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
        }
        return out;
    }
}

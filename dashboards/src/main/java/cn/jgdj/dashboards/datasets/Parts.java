package cn.jgdj.dashboards.datasets;

import java.util.ArrayList;
import java.util.List;

/** Splits a long list (120 units) into near-equal parts of at most a given size, one chart page each. */
public final class Parts {
    /** Rows per tall chart page that still print at 8 pt or more on A4 portrait (24 px rows). */
    public static final int MAX_ROWS = 30;

    private Parts() {
    }

    /** The title suffix of part p (0-based) of n: "（2/3）" / " (2/3)"; empty when there is one part. */
    public static String titleSuffix(cn.jgdj.dashboards.text.Labels l, int p, int n) {
        return n > 1 ? l.t("（" + (p + 1) + "/" + n + "）", " (" + (p + 1) + "/" + n + ")") : "";
    }

    /** The chart id of part p (0-based) of n: id_2; the id itself when there is one part. */
    public static String id(String id, int p, int n) {
        return n > 1 ? id + "_" + (p + 1) : id;
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

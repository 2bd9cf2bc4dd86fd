package cn.jgdj.dashboards.page;

import java.util.List;

/**
 * A table a pack prints as text (summary lists, appendix tables): a title, a note under it, a header and rows, and
 * optionally the columns' relative widths on paper (null: the writer's default).
 */
public record TablePage(String title, String note, List<String> header, List<List<String>> rows, float[] widths) {

    public TablePage {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("table '" + title + "': row " + r + " has " + r.size()
                        + " cells for " + header.size() + " columns");
            }
        }
        if (widths != null && widths.length != header.size()) {
            throw new IllegalArgumentException("table '" + title + "': " + widths.length + " widths for "
                    + header.size() + " columns");
        }
        widths = widths == null ? null : widths.clone();
    }

    /** A table with the writer's default column widths. */
    public TablePage(String title, String note, List<String> header, List<List<String>> rows) {
        this(title, note, header, rows, null);
    }
}

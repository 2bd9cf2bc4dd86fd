package cn.jgdj.dashboards.page;

import java.util.List;

/** A table a pack prints as text (summary lists, appendix tables): a title, a note under it, a header and rows. */
public record TablePage(String title, String note, List<String> header, List<List<String>> rows) {

    public TablePage {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("table '" + title + "': row " + r + " has " + r.size()
                        + " cells for " + header.size() + " columns");
            }
        }
    }
}

package cn.jgdj.dashboards.page;

import java.util.List;

/** A chart a pack can hold: builds its page(s) from the indicator tables; a long list may take several parts. */
public interface Figure {
    /** The file id of the chart (parts add _1, _2, ...). */
    String id();

    List<PackChart> build(PackContext ctx);
}

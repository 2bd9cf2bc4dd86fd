package cn.jgdj.dashboards.page;

import java.util.List;

/** An appendix table a pack prints after its definitions: full lists that a chart page only summarises. */
public interface Appendix {
    List<TablePage> build(PackContext ctx);
}

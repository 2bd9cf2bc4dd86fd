package cn.jgdj.dashboards.render;

import cn.jgdj.dashboards.findings.Summary;
import cn.jgdj.dashboards.page.Definition;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Lang;
import java.util.List;

/**
 * Everything a pack's PDF and HTML show, in reading order: the cover (title, period, data as of, generated on),
 * the summary page (要点), the chart pages, the definitions, then the appendix tables (full lists, run facts).
 */
public record PackDocument(String packId, String title, String subtitle, Lang lang, List<Fact> facts,
                           Summary summary, List<PackChart> charts, List<Definition> definitions,
                           String definitionsHeading, List<TablePage> appendix) {

    public PackDocument {
        facts = List.copyOf(facts);
        charts = List.copyOf(charts);
        definitions = List.copyOf(definitions);
        appendix = List.copyOf(appendix);
    }

    /** A label and value on the cover (period, data as of, generated on). */
    public record Fact(String label, String value) {
    }
}

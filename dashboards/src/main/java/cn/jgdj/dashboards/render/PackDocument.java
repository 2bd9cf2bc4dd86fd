package cn.jgdj.dashboards.render;

import cn.jgdj.dashboards.packs.Definition;
import cn.jgdj.dashboards.packs.PackChart;
import cn.jgdj.dashboards.text.Lang;
import java.util.List;

/** Everything a pack's PDF and HTML show: title page facts, the chart pages, the definitions page. */
public record PackDocument(String packId, String title, String subtitle, Lang lang, List<Fact> facts,
                           List<PackChart> charts, List<Definition> definitions, String definitionsHeading) {

    /** A label and value on the title page (period, as-of date, run id, rows quarantined...). */
    public record Fact(String label, String value) {
    }
}

package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ChartTheme;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.RankedBarChart;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.VenueRow;
import cn.jgdj.dashboards.datasets.Parts;
import cn.jgdj.dashboards.datasets.VenueData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.data.category.DefaultCategoryDataset;

/** How far each teaching venue serves units other than its owner. */
public final class VenueUse implements Figure {
    private static final String UNIT_SITE = "unit_site";

    @Override
    public String id() {
        return "venue_use";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<VenueRow> t = ctx.tables().venues();
        List<VenueRow> venues = VenueData.byExternalShare(t.rows(), ctx.period());
        long sessions = venues.stream().mapToLong(VenueRow::sessions).sum();
        List<List<VenueRow>> parts = Parts.split(venues, Parts.MAX_ROWS);
        List<PackChart> out = new ArrayList<>();
        Map<String, String> names = VenueData.labels(venues, ctx.labels());
        Function<VenueRow, String> label = r -> names.get(r.venueId());
        for (int p = 0; p < parts.size(); p++) {
            String part = Parts.titleSuffix(ctx.labels(), p, parts.size());
            String title = ctx.t(ctx.labels().period(ctx.period()) + "现场教学场地使用：外单位使用占比" + part,
                    "Teaching venues, " + ctx.labels().period(ctx.period()) + ": share of use by other units" + part);
            String series = ctx.t("外单位组织场次占比", "Sessions by other units");
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            Map<String, String> notes = new LinkedHashMap<>();
            for (VenueRow r : parts.get(p)) {
                data.addValue(VenueData.hasShare(r) ? r.externalShare() : null, series, label.apply(r));
                if (!VenueData.hasShare(r)) {
                    // DOMAIN.md second edition: a public base has no owner, so its outside share is 1 by definition.
                    notes.put(label.apply(r), r.sessions() == 0
                            ? ctx.t(ctx.labels().venueKind(r.kind()) + "：全年未使用", ctx.labels().venueKind(r.kind())
                                    + ": not used this year")
                            : ctx.t(ctx.labels().venueKind(r.kind()) + "：无所属单位，按定义全部为外单位使用",
                                    ctx.labels().venueKind(r.kind()) + ": no owner, all use is by other units"));
                }
            }
            ItemLabels labels = new ItemLabels();
            VenueData.shares(parts.get(p), series, label, ctx.labels(), labels);
            Set<String> unitSites = parts.get(p).stream().filter(r -> UNIT_SITE.equals(r.kind()))
                    .map(label).collect(Collectors.toSet());
            ChartText text = ctx.text(title, t, ctx.t(venues.size() + "处场地、" + sessions + "场现场教学",
                    venues.size() + " venues, " + sessions + " sessions"), ctx.period())
                    .withAxes(ctx.t("场地（全年场次，使用单位）", "Venue (sessions, units using it)"),
                            ctx.t("由非所属单位组织的场次占比（%）", "Sessions organised by other units (%)"));
            RankedBarChart.Ranked ranked = new RankedBarChart.Ranked(data, unitSites, null,
                    ctx.labels().venueKind(UNIT_SITE), null, labels, ChartTheme.BLUE, ChartTheme.ORANGE, notes);
            String id = Parts.id(id(), p, parts.size());
            out.add(PackChart.tall(id, title, ctx.t(
                    "单位现场教学点全年现场教学中由所属单位以外的单位组织的场次占比，由低到高；括号内为场次和所属单位以外的使用单位数。"
                            + "红色教育基地等公共场地没有所属单位，使用单位均为外单位，列在最后（按场次由多到少），括号内为使用单位数。",
                    "For each unit's own teaching site, the share of the year's sessions organised by other units, "
                            + "lowest first; sessions and the other units using it in brackets. Public venues such as red "
                            + "education bases have no owner, so every unit using them is a visitor: they are listed "
                            + "last, busiest first, with the number of units that used them."),
                    RankedBarChart.create(ranked, text, ctx.theme()), Math.max(parts.get(p).size(), 8), 28));
        }
        return out;
    }
}

package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** 漏训 by unit: eligible members with no credit in the year (eligible − reached), most first, one page. */
public final class NoHoursByUnit implements Figure {
    @Override
    public String id() {
        return "no_hours_by_unit";
    }

    /** Units with at least one member without hours, most first; suppressed units are left out (no figure). */
    public static List<CoverageRow> units(List<CoverageRow> rows, cn.jgdj.schemas.Period p) {
        return CoverageData.of(rows, p, Dimensions.UNIT).stream()
                .filter(r -> !r.suppressed() && r.eligible() > r.reached())
                .sorted(Comparator.comparingLong((CoverageRow r) -> r.reached() - r.eligible())
                        .thenComparing(CoverageRow::group))
                .limit(PackChart.PAPER_ROWS).toList();
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<CoverageRow> t = ctx.tables().coverage();
        List<CoverageRow> units = units(t.rows(), ctx.period());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = ctx.t("全年无学时记录的党员（人）", "Members with no credit (members)");
        for (CoverageRow r : units) {
            long none = r.eligible() - r.reached();
            String cat = ctx.labels().unit(r.group()) + ctx.t("（" + r.eligible() + "人）", " (" + r.eligible() + ")");
            data.addValue(none, series, cat);
            labels.put(series, cat, none + ctx.t("人（" + ctx.labels().percent((double) none / r.eligible()) + "）",
                    " (" + ctx.labels().percent((double) none / r.eligible()) + ")"));
        }
        long total = CoverageData.overall(t.rows(), ctx.period()).map(o -> o.eligible() - o.reached()).orElse(0L);
        String period = ctx.labels().period(ctx.period());
        String title = ctx.t(period + "各单位全年无学时记录的党员（漏训）", "Members with no credit in " + period + " by unit");
        ChartText text = ctx.text(title, t, ctx.t("全县共" + total + "人；应训党员不足" + ctx.labels().minCellSize()
                        + "人的单位未作统计", total + " in the county; units under " + ctx.labels().minCellSize()
                        + " members not reported"), ctx.period())
                .withAxes(ctx.t("单位（应训人数）", "Unit (eligible members)"), ctx.t("人数", "Members"));
        return List.of(PackChart.paper(id(), title, ctx.t(
                "应训党员中全年没有任何学时记录的人数（应训人数减参训人数），由多到少，括号内为占本单位应训党员的比例。"
                        + "建议对漏训党员逐一核实原因，通过补学、送学上门等方式补齐。",
                "Eligible members with no credit at all in the year (eligible minus reached), most first; the share "
                        + "of the unit's eligible members in brackets. Suggested: check each case and arrange make-up "
                        + "study, at home where needed."),
                GroupedBarChart.create(data, text, ctx.theme(),
                        new GroupedBarChart.Options(PlotOrientation.HORIZONTAL, false, List.of(), labels)),
                Math.max(units.size(), 8)));
    }
}

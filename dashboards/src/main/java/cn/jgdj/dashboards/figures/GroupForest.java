package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ForestPlotChart;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.datasets.Parts;
import cn.jgdj.dashboards.datasets.UnderServedData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Attainment of each group of one dimension with its 95% interval against the all-members rate. */
public final class GroupForest implements Figure {
    private final String dimension;

    public GroupForest(String dimension) {
        this.dimension = dimension;
    }

    /**
     * The units a page shows: reported units below the all-members rate or flagged, lowest first (the order
     * forestRows gives), at most one page of rows; the appendix table lists every unit.
     */
    static List<CoverageRow> belowOrFlagged(List<CoverageRow> units, Optional<CoverageRow> overall,
                                            Set<String> flagged) {
        double all = overall.filter(o -> !o.suppressed()).map(CoverageRow::attainmentRate).orElse(Double.NaN);
        List<CoverageRow> out = units.stream().filter(r -> !r.suppressed()
                && (flagged.contains(r.group()) || (!Double.isNaN(all) && r.attainmentRate() < all))).toList();
        return out.subList(0, Math.min(out.size(), PackChart.PAPER_ROWS));
    }

    @Override
    public String id() {
        return "forest_" + dimension;
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<CoverageRow> t = ctx.tables().coverage();
        Labels l = ctx.labels();
        List<CoverageRow> groups = CoverageData.forestRows(t.rows(), ctx.period(), dimension);
        Optional<CoverageRow> overall = CoverageData.overall(t.rows(), ctx.period());
        Set<String> flagged = UnderServedData.flagged(ctx.tables().underServed().rows(), ctx.period(),
                UnderServed.ATTAINMENT, dimension);
        long suppressed = groups.stream().filter(CoverageRow::suppressed).count();
        Optional<CoverageRow> shownOverall = groups.isEmpty() ? Optional.empty() : overall;
        org.jfree.data.Range axis = CoverageData.packForestAxis(t.rows(), ctx.period());
        boolean units = Dimensions.UNIT.equals(dimension);
        List<CoverageRow> shown = units ? belowOrFlagged(groups, overall, flagged) : groups;
        List<List<CoverageRow>> parts = units ? List.of(shown) : Parts.split(groups, Parts.MAX_ROWS);
        List<PackChart> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String part = Parts.titleSuffix(l, p, parts.size());
            String title = units ? l.t(l.period(ctx.period()) + "学时达标率及95%置信区间：低于全体党员或显著偏低的单位",
                    "Attainment with 95% intervals: units below all members or flagged, " + l.period(ctx.period()))
                    : l.t(l.period(ctx.period()) + "学时达标率及95%置信区间：按" + l.dimension(dimension) + part,
                    "Attainment with 95% intervals by " + l.dimension(dimension).toLowerCase()
                            + ", " + l.period(ctx.period()) + part);
            String n = (units ? l.t("共" + groups.size() + "个单位，" + suppressedNote(l, suppressed, "单位")
                            + "，图中为低于全体党员或显著偏低的" + shown.size() + "个，完整名单见附表", groups.size()
                            + " units, " + suppressedNote(l, suppressed, "unit") + "; shown: the " + shown.size()
                            + " below all members or flagged, all in the appendix")
                    : l.t(groups.size() + "个群体，" + suppressedNote(l, suppressed, "群体"), groups.size() + " groups, "
                    + suppressedNote(l, suppressed, "group"))) + overall.map(o -> " · " + ctx.eligibleN(o.eligible())).orElse("");
            ChartText text = ctx.text(title, t, n, ctx.period()).withAxes(l.dimension(dimension),
                    l.t("学时达标率（%）", "Attainment (%)")).withNoData(ctx.noData(t, ctx.period(), dimension));
            String id = Parts.id(id(), p, parts.size());
            int rows = Math.max(parts.get(p).size(), 3);
            String description = l.t(
                    "每行一个群体：点为学时达标率，横线为95% Wilson置信区间；竖虚线和灰带为全体党员的达标率及其区间。"
                            + "橙红色菱形（名称后带*）为显著低于其余党员的群体；括号内为群体人数；不足" + l.minCellSize()
                            + "人的群体只标注“已抑制”。本报告各图横轴范围相同，便于相互比较。",
                    "One row per group: the point is its attainment rate, the bar its 95% Wilson interval; the "
                            + "dashed line and grey band are the all-members rate and interval. Vermillion diamonds "
                            + "(name marked *) are groups significantly below the other members; group sizes in brackets; "
                            + "groups under " + l.minCellSize() + " members are marked suppressed. Every forest plot "
                            + "of the pack shares one x-range, so gaps compare across pages.");
            var chart = ForestPlotChart.create(CoverageData.forest(parts.get(p), dimension, shownOverall, flagged,
                    axis, l), text, ctx.theme());
            out.add(units ? PackChart.paper(id, title, description, chart, Math.max(parts.get(p).size(), 8))
                    : new PackChart(id, title, description, chart, rows > 12 ? PackChart.TALL_WIDTH : PackChart.WIDTH,
                    Math.max(460, 220 + rows * (rows > 12 ? 22 : 44))));
        }
        return out;
    }

    /** "各单位人数均达到统计要求，未作抑制" when nothing was suppressed, else how many were. */
    static String suppressedNote(cn.jgdj.dashboards.text.Labels l, long suppressed, String what) {
        if (suppressed == 0) {
            return l.t("各" + what + "人数均达到统计要求，未作抑制", "every " + what + " is large enough to report");
        }
        return l.t(suppressed + "个" + what + "不足" + l.minCellSize() + "人，已抑制", suppressed + " " + what
                + (suppressed == 1 ? "" : "s") + " under " + l.minCellSize() + " members suppressed");
    }
}

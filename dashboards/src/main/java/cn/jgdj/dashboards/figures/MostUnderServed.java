package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.Period;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.UnderServedRow;
import cn.jgdj.dashboards.datasets.UnderServedData;
import cn.jgdj.dashboards.packs.Figure;
import cn.jgdj.dashboards.packs.PackChart;
import cn.jgdj.dashboards.packs.PackContext;
import java.util.List;

/** The three flagged groups furthest below the rest of the members, in the latest year tested. */
public final class MostUnderServed implements Figure {
    public static final int TOP = 3;

    @Override
    public String id() {
        return "most_under_served";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<UnderServedRow> t = ctx.tables().underServed();
        Period year = UnderServedData.latestYear(t.rows(), ctx.period().yearPeriod()).orElse(ctx.period().yearPeriod());
        List<UnderServedRow> flagged = UnderServedData.flaggedRows(t.rows(), year);
        List<UnderServedRow> top = flagged.subList(0, Math.min(TOP, flagged.size()));
        ItemLabels labels = new ItemLabels();
        var data = UnderServedData.groupVsRest(top, ctx.labels(), labels);
        String title = ctx.t("差距最大的三个薄弱群体（" + ctx.labels().period(year) + "）",
                "The three most under-served groups, " + ctx.labels().period(year));
        String n = ctx.t("显著偏低的群体共" + flagged.size() + "个", flagged.size() + " flagged groups in all");
        String noData = t.present() && t.rows().stream().anyMatch(r -> r.period().equals(year))
                ? ctx.t("本年度没有显著偏低的群体", "No group is significantly under-served this year")
                : ctx.noData(t, year);
        ChartText text = ctx.text(title, t, n, year).withNoData(noData).withAxes(null, ctx.t("比例（%）", "Rate (%)"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "经检验显著低于其余党员（q<0.05 且差距不小于5个百分点）的群体中差距最大的三个：该群体与其余党员的比例对比。"
                        + "不足" + ctx.labels().minCellSize() + "人的群体不参与检验。",
                "Among groups significantly below the other members (q < 0.05 and at least 5 points behind), the "
                        + "three with the largest gap: the group's rate against everyone else's. Groups under "
                        + ctx.labels().minCellSize() + " members are not tested."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.horizontalPercent(labels))));
    }
}

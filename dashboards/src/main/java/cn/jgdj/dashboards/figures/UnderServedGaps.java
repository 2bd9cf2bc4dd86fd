package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.Reference;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.UnderServedRow;
import cn.jgdj.dashboards.datasets.UnderServedData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import org.jfree.chart.plot.PlotOrientation;

/** Every flagged group of the year, on any outcome, by its gap to the rest of the members. */
public final class UnderServedGaps implements Figure {
    @Override
    public String id() {
        return "under_served_gaps";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<UnderServedRow> t = ctx.tables().underServed();
        List<UnderServedRow> flagged = UnderServedData.flaggedRows(t.rows(), ctx.period());
        ItemLabels labels = new ItemLabels();
        var data = UnderServedData.gaps(flagged, ctx.labels(), labels);
        long tested = t.rows().stream().filter(r -> r.period().equals(ctx.period()) && !r.suppressed()).count();
        String title = ctx.t(ctx.labels().period(ctx.period()) + "显著偏低的群体：与其余党员的差距",
                "Flagged under-served groups, " + ctx.labels().period(ctx.period()) + ": gap to other members");
        String noData = t.present() && tested > 0
                ? ctx.t("本年度没有显著偏低的群体（共检验" + tested + "个）",
                "No group is significantly under-served this year (" + tested + " tested)")
                : ctx.noData(t, ctx.period());
        ChartText text = ctx.text(title, t, ctx.t("检验 " + tested + " 个群体×指标，显著偏低 " + flagged.size() + " 个",
                        tested + " group × outcome tests, " + flagged.size() + " flagged"), ctx.period())
                .withNoData(noData)
                .withAxes(null, ctx.t("与其余党员的差距（百分点）", "Gap to other members (percentage points)"));
        int rows = Math.max(flagged.size(), 4);
        return List.of(new PackChart(id(), title, ctx.t(
                "所有被标记为显著偏低的群体（按学时达标率、参训率、志愿服务参与率、学习平台活跃率四项结果分别检验），"
                        + "条长为该群体比例减去其余党员比例，括号内为BH校正后的q值。",
                "Every group flagged on any outcome (attainment, reach, volunteer participation, platform activity); "
                        + "bar length is the group's rate minus the other members' rate, with the BH-adjusted q-value."),
                GroupedBarChart.create(data, text, ctx.theme(), new GroupedBarChart.Options(PlotOrientation.HORIZONTAL,
                        false, List.of(new Reference(0, "")), labels)),
                PackChart.WIDTH, Math.max(PackChart.HEIGHT, 200 + rows * 30)));
    }
}

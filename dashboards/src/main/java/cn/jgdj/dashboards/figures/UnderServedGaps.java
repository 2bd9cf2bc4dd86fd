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
import cn.jgdj.dashboards.datasets.Parts;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.PlotOrientation;

/** Every flagged group of the year, on any outcome, by its gap to the rest of the members. */
public final class UnderServedGaps implements Figure {
    /** Bars per page: 30 px each, room for a group label on two lines, on one A4 portrait page at 8 pt or more. */
    static final int ROWS_PER_PAGE = 24;

    @Override
    public String id() {
        return "under_served_gaps";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<UnderServedRow> t = ctx.tables().underServed();
        List<UnderServedRow> flagged = UnderServedData.flaggedRows(t.rows(), ctx.period());
        long tested = t.rows().stream().filter(r -> r.period().equals(ctx.period()) && !r.suppressed()).count();
        // A long list goes on several portrait pages of at most ROWS_PER_PAGE bars, each printing at 8 pt or more.
        List<List<UnderServedRow>> parts = Parts.split(flagged, ROWS_PER_PAGE);
        List<PackChart> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            out.add(page(ctx, t, parts.get(p), Parts.id(id(), p, parts.size()),
                    Parts.titleSuffix(ctx.labels(), p, parts.size()), flagged.size(), tested));
        }
        return out;
    }

    private static PackChart page(PackContext ctx, Table<UnderServedRow> t, List<UnderServedRow> flagged, String id,
                                  String suffix, int allFlagged, long tested) {
        ItemLabels labels = new ItemLabels();
        var data = UnderServedData.gaps(flagged, ctx.labels(), labels);
        String title = ctx.t(ctx.labels().period(ctx.period()) + "显著偏低的群体：与其余党员的差距",
                "Flagged under-served groups, " + ctx.labels().period(ctx.period()) + ": gap to other members")
                + suffix;
        String noData = t.present() && tested > 0
                ? ctx.t("本年度没有显著偏低的群体（共检验" + tested + "个）",
                "No group is significantly under-served this year (" + tested + " tested)")
                : ctx.noData(t, ctx.period());
        ChartText text = ctx.text(title, t, ctx.t("检验 " + tested + " 个群体×指标，显著偏低 " + allFlagged + " 个",
                        tested + " group × outcome tests, " + allFlagged + " flagged"), ctx.period())
                .withNoData(noData)
                .withAxes(null, ctx.t("与其余党员的差距（百分点）", "Gap to other members (percentage points)"));
        int rows = Math.max(flagged.size(), 4);
        return PackChart.tall(id, title, ctx.t(
                "所有被标记为显著偏低的群体（按学时达标率、参训率、志愿服务参与率、学习平台活跃率四项结果分别检验），"
                        + "条长为该群体比例减去其余党员比例，括号内为BH校正后的q值。",
                "Every group flagged on any outcome (attainment, reach, volunteer participation, platform activity); "
                        + "bar length is the group's rate minus the other members' rate, with the BH-adjusted q-value."),
                GroupedBarChart.create(data, text, ctx.theme(), new GroupedBarChart.Options(PlotOrientation.HORIZONTAL,
                        false, List.of(new Reference(0, "")), labels)), rows, 30);
    }
}

package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.CadenceShortfall;
import cn.jgdj.dashboards.datasets.ComplianceData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Which 三会一课 meeting type falls short: branch-quarters of the year below each type's minimum. */
public final class CadenceByMeetingType implements Figure {
    @Override
    public String id() {
        return "cadence_by_meeting_type";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<BranchComplianceRow> t = ctx.tables().branchCompliance();
        Map<String, Long> shortBy = CadenceShortfall.byType(t.rows(), ctx.period());
        long branchQuarters = t.rows().stream().filter(r -> ctx.period().quarters().contains(r.period())).count();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = ctx.t("未达最低次数的支部·季度", "Branch-quarters short");
        if (branchQuarters > 0) {
            shortBy.forEach((type, n) -> {
                String cat = ctx.labels().eventType(type) + (CadenceShortfall.minimumPerQuarter(type) == 1
                        ? ctx.t("（每季度至少1次）", " (quarterly)") : ctx.t("（每月至少1次）", " (monthly)"));
                data.addValue(n, series, cat);
                labels.put(series, cat, n + ctx.t("（" + ctx.labels().percent((double) n / branchQuarters) + "）",
                        " (" + ctx.labels().percent((double) n / branchQuarters) + ")"));
            });
        }
        String period = ctx.labels().period(ctx.period());
        String title = ctx.t(period + "“三会一课”各类会议未达最低次数的支部·季度数",
                "Meeting types held too rarely, " + period + " (branch-quarters)");
        String n = ctx.t(ComplianceData.branches(t.rows(), ctx.period()) + "个支部，共" + branchQuarters + "个支部·季度",
                ComplianceData.branches(t.rows(), ctx.period()) + " branches, " + branchQuarters + " branch-quarters");
        ChartText text = ctx.text(title, t, n, ctx.period()).withAxes(null,
                ctx.t("支部·季度（个）", "Branch-quarters"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "支部党员大会、党课每季度至少1次，季度内少于1次即未达标；支委会、党小组会、主题党日每月至少1次，季度内少于3次"
                        + "即未达标（3次集中在同一月份的情形无法从季度数据识别，故此处只计确定未达标的）。括号内为占全部支部·季度的比例。"
                        + "四个季度均未落实制度的支部见附表。",
                "General meetings and party lectures are due every quarter (short: none in the quarter); committee "
                        + "meetings, group meetings and theme party days every month (short: fewer than three in the "
                        + "quarter; three in one month cannot be told from quarterly counts, so only certain shortfalls "
                        + "count). In brackets, the share of all branch-quarters. Branches short in every quarter are "
                        + "listed in the appendix."),
                GroupedBarChart.create(data, text, ctx.theme(),
                        new GroupedBarChart.Options(PlotOrientation.HORIZONTAL, false, List.of(), labels))));
    }
}

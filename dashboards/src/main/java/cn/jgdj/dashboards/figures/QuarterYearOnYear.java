package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.TrendRow;
import cn.jgdj.dashboards.datasets.TrendData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;

/** Each headline indicator this quarter against the same quarter a year earlier. */
public final class QuarterYearOnYear implements Figure {
    @Override
    public String id() {
        return "quarter_year_on_year";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<TrendRow> t = ctx.tables().trends();
        ItemLabels labels = new ItemLabels();
        var data = TrendData.yearOnYear(t.rows(), ctx.period(), ctx.labels(), labels);
        String title = ctx.t(ctx.labels().period(ctx.period()) + "与上年同期比较",
                ctx.labels().period(ctx.period()) + " against the same quarter a year earlier");
        ChartText text = ctx.text(title, t, ctx.t("全体党员", "all members"), ctx.period())
                .withAxes(null, ctx.t("比例（%）", "Rate (%)"))
                .withSubtitle(ctx.t("括号内为较上年同期的变化（百分点）", "change from a year earlier in brackets, percentage points"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "本季度各主要指标与上年同一季度的比较，括号内为变化的百分点。",
                "Each headline indicator this quarter and in the same quarter a year earlier; the change in "
                        + "percentage points is in brackets."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.horizontalPercent(labels))));
    }
}

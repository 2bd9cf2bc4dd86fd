package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.LineTrendChart;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.TrendRow;
import cn.jgdj.dashboards.datasets.TrendData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import java.util.Set;

/** The headline indicators over the last 12 quarters, this quarter and the same quarter a year earlier shaded. */
public final class HeadlineTrends implements Figure {
    @Override
    public String id() {
        return "headline_trends";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<TrendRow> t = ctx.tables().trends();
        ItemLabels labels = new ItemLabels();
        var data = TrendData.headlines(t.rows(), ctx.period(), ctx.labels(), labels);
        String title = ctx.t("主要指标季度走势（截至" + ctx.labels().period(ctx.period()) + "）",
                "Headline indicators by quarter, up to " + ctx.labels().period(ctx.period()));
        ChartText text = ctx.text(title, t, ctx.t("全体党员", "all members"), ctx.period())
                .withAxes(ctx.t("季度", "Quarter"), ctx.t("比例（%）", "Rate (%)"));
        List<LineTrendChart.Mark> marks = List.of(
                new LineTrendChart.Mark(ctx.period().yearEarlier().toString(), ctx.t("上年同期", "Year earlier")),
                new LineTrendChart.Mark(ctx.period().toString(), ctx.t("本季度", "This quarter")));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "近12个季度各主要指标（全体党员）：学时达标率为年初至季末累计、对照全年要求。阴影标出本季度和上年同期，"
                        + "末端数字为本季度值。",
                "The headline indicators for all members over the last 12 quarters (attainment is year to date "
                        + "against the full-year requirement). Shading marks this quarter and the same quarter a "
                        + "year earlier; the numbers are this quarter's values."),
                LineTrendChart.create(data, text, ctx.theme(), marks, Set.of(), labels)));
    }
}

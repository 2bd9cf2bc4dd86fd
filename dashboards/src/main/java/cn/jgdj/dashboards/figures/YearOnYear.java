package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.datasets.Headlines;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;

/** The committee's headline indicators this year against last year. */
public final class YearOnYear implements Figure {
    @Override
    public String id() {
        return "year_on_year";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        ItemLabels labels = new ItemLabels();
        var data = Headlines.yearOnYear(ctx.tables(), ctx.period(), ctx.labels(), labels);
        String title = ctx.t("主要指标同比：" + ctx.labels().period(ctx.period()) + "与"
                        + ctx.labels().period(ctx.period().yearEarlier()),
                "Headline indicators, " + ctx.labels().period(ctx.period()) + " against "
                        + ctx.labels().period(ctx.period().yearEarlier()));
        ChartText text = new ChartText(title, ctx.t("括号内为较上年的变化（百分点）", "change from last year in brackets, percentage points"), null, ctx.t("比例（%）", "Rate (%)"),
                ctx.source("coverage, branch_compliance, observation_coverage, participation, volunteer (.csv)", null),
                ctx.t("无数据：coverage.csv 等指标表中两年都没有主要指标", "No data: coverage.csv and the other tables have no headline indicator for either year"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "各主要指标本年与上年的比较，括号内为变化的百分点。“三会一课”制度落实率按支部×季度计，参加率为实到人次/应到人次。",
                "Each headline indicator this year and last; the change in percentage points is in brackets. "
                        + "Meeting cadence counts branch-quarters; participation is present over expected attendances."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.horizontalPercent(labels))));
    }
}

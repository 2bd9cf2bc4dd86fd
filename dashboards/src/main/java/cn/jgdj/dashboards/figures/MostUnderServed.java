package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.UnderServedRow;
import cn.jgdj.dashboards.datasets.UnderServedData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

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
        // Training outcomes lead: the anti-formalism rules forbid judging people by platform use, so groups
        // flagged on platform activity are named apart, never among the three.
        List<UnderServedRow> all = UnderServedData.flaggedRows(t.rows(), year);
        List<UnderServedRow> flagged = all.stream()
                .filter(r -> !UnderServed.PLATFORM_ACTIVITY.equals(r.indicator())).toList();
        List<String> platform = all.stream().filter(r -> UnderServed.PLATFORM_ACTIVITY.equals(r.indicator()))
                .map(r -> ctx.labels().dimensionGroup(r.dimension(), r.group())).toList();
        // One bar pair per group, its largest gap: a group behind on two outcomes is still one group of the three.
        List<UnderServedRow> worstPerGroup = new ArrayList<>(flagged.stream().collect(Collectors.toMap(
                r -> List.of(r.dimension(), r.group()), r -> r, (first, later) -> first, LinkedHashMap::new)).values());
        List<UnderServedRow> top = worstPerGroup.subList(0, Math.min(TOP, worstPerGroup.size()));
        ItemLabels labels = new ItemLabels();
        var data = UnderServedData.groupVsRest(top, ctx.labels(), labels);
        String title = ctx.t("培训结果差距最大的三个薄弱群体（" + ctx.labels().period(year) + "）",
                "The three most under-served groups, " + ctx.labels().period(year));
        String n = ctx.t("培训结果显著偏低的群体共" + worstPerGroup.size() + "个",
                worstPerGroup.size() + " groups flagged on training outcomes")
                + (platform.isEmpty() ? "" : ctx.t("；学习平台活跃度偏低（仅作参照）：" + String.join("、", platform),
                "; low platform activity (for reference only): " + String.join(", ", platform)));
        String noData = t.present() && t.rows().stream().anyMatch(r -> r.period().equals(year))
                ? ctx.t("本年度没有显著偏低的群体", "No group is significantly under-served this year")
                : ctx.noData(t, year);
        ChartText text = ctx.text(title, t, n, year).withNoData(noData).withAxes(null, ctx.t("比例（%）", "Rate (%)"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "学时达标率、参训率、志愿服务参与率经检验显著低于其余党员（q<" + UnderServed.FLAG_MAX_Q + "且低于其余党员"
                        + UnderServed.FLAG_MIN_SHORTFALL_PP + "个百分点及以上）的群体中差距最大的三个。"
                        + "学习平台活跃度不作为评价依据，偏低群体在图下另行列示，仅作参照。"
                        + "不足" + ctx.labels().minCellSize() + "人的群体不参与检验。",
                "Among groups significantly behind the other members on a training outcome (q < " + UnderServed.FLAG_MAX_Q
                        + " and at least " + UnderServed.FLAG_MIN_SHORTFALL_PP + " "
                        + "points behind), the three with the largest gap. Platform activity is never a basis of "
                        + "assessment: groups low on it are named under the chart, for reference only. Groups under "
                        + ctx.labels().minCellSize() + " members are not tested."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.horizontalPercent(labels))));
    }
}

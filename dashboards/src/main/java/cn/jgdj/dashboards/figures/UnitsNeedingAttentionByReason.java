package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.findings.Texts;
import cn.jgdj.dashboards.findings.UnitAttention;
import cn.jgdj.dashboards.findings.UnitsNeedingAttention;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The units needing attention (the summary's one list: attainment, 三会一课, 列席旁听, data quality) counted by
 * reason; the list itself, with every unit's reasons and actions, is the appendix table.
 */
public final class UnitsNeedingAttentionByReason implements Figure {
    @Override
    public String id() {
        return "units_needing_attention";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Texts x = Texts.of(ctx.labels().lang());
        List<UnitAttention> units = UnitsNeedingAttention.of(ctx, x);
        Map<String, Integer> byReason = new LinkedHashMap<>();
        UnitsNeedingAttention.REASONS.forEach(r -> byReason.put(r, 0));
        units.forEach(u -> u.reasons().stream().map(UnitAttention.Reason::code).distinct()
                .forEach(c -> byReason.merge(c, 1, Integer::sum)));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = ctx.t("单位数", "Units");
        if (!units.isEmpty()) {
            byReason.forEach((code, n) -> {
                String category = reasonName(ctx, code);
                data.addValue(n, series, category);
                labels.put(series, category, Integer.toString(n));
            });
        }
        String period = ctx.labels().period(ctx.period());
        String title = ctx.t(period + "需关注的单位：共" + units.size() + "个，按原因统计",
                "Units needing attention, " + period + ": " + units.size() + " in all, by reason");
        ChartText text = new ChartText(title, null, null, null, ctx.source(
                ctx.tables().coverage().fileName() + ", " + ctx.tables().branchCompliance().fileName() + ", "
                        + ctx.tables().report().observationByUnit().fileName() + ", "
                        + ctx.tables().acting().dataQuality().fileName(),
                ctx.t(ctx.tables().unitNames().size() + "个单位", ctx.tables().unitNames().size() + " units")),
                ctx.tables().coverage().present() ? ctx.t("无需关注的单位", "No unit needs attention")
                        : ctx.noData(ctx.tables().coverage(), ctx.period()))
                .withAxes(ctx.t("原因", "Reason"), ctx.t("单位数", "Units"));
        double p = ctx.attention().belowCountyPoints();
        String points = p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
        long focus = units.stream().filter(UnitAttention::isFocus).count();
        String rule = UnitsNeedingAttention.focusRule(x, ctx.attention());
        return List.of(PackChart.standard(id(), title, ctx.t(
                "一个单位可有多项原因。学时达标率经检验显著低于其余单位或低于全县" + points
                        + "个百分点及以上；有支部各季度均未落实“三会一课”制度，或制度落实率低于全县"
                        + points + "个百分点及以上；举行了理论学习中心组学习但全年未安排列席旁听；"
                        + "某季度数据质量检查项超过规则文件规定的比例。其中" + focus + "个单位列为重点关注。" + rule
                        + "各单位的原因和建议措施见附表“需关注的单位”。",
                "A unit may have several reasons: attainment significantly below the other units or "
                        + points + " points or more below the county; a branch "
                        + "missing the meeting cadence in every quarter, or cadence " + points
                        + " points or more below the county; theory study group sessions held but none observed; a "
                        + "data-quality check above its rules-file share in a quarter. " + focus + " of them are priority "
                        + "units. " + rule + " The appendix table lists each unit's reasons and suggested actions."),
                GroupedBarChart.create(data, text, ctx.theme(), new GroupedBarChart.Options(
                        PlotOrientation.HORIZONTAL, false, List.of(), labels))));
    }

    /** A reason's short name on the chart's axis. */
    static String reasonName(PackContext ctx, String code) {
        return switch (code) {
            case "attainment_flagged" -> ctx.t("学时达标率显著偏低", "Attainment significantly low");
            case "attainment_below" -> ctx.t("学时达标率低于全县较多", "Attainment well below county");
            case "branch_every_quarter" -> ctx.t("有支部各季度均未落实“三会一课”", "A branch short every quarter");
            case "compliance_below" -> ctx.t("“三会一课”落实率低于全县较多", "Cadence well below county");
            case "observation_never" -> ctx.t("中心组学习全年未列席旁听", "Study group never observed");
            case "data_quality" -> ctx.t("数据质量需复核", "Records need review");
            default -> code;
        };
    }
}

package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.DataQualityRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Data quality for the committee: how many units need review in the year, and the checks that put them there. */
public final class UnitsNeedingReview implements Figure {
    /** Reasons shown, most frequent first. */
    static final int TOP = 6;

    @Override
    public String id() {
        return "units_needing_review";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<DataQualityRow> t = ctx.tables().acting().dataQuality();
        int year = ctx.period().year();
        List<DataQualityRow> rows = t.rows().stream().filter(r -> r.inYear(year)).toList();
        Set<String> units = rows.stream().map(DataQualityRow::unitId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> review = rows.stream().filter(DataQualityRow::needsReview).map(DataQualityRow::unitId)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<String>> unitsByCheck = new TreeMap<>();
        for (DataQualityRow r : rows) {
            if (r.exceeds()) {
                unitsByCheck.computeIfAbsent(r.check(), k -> new TreeSet<>()).add(r.unitId());
            }
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = ctx.t("超过阈值的单位数", "Units over the threshold");
        unitsByCheck.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(TOP).forEach(e -> {
                    String c = DataQualityChecks.label(ctx, e.getKey());
                    data.addValue(e.getValue().size(), series, c);
                    labels.put(series, c, Integer.toString(e.getValue().size()));
                });
        String title = ctx.t(ctx.labels().period(ctx.period()) + "数据质量：" + review.size() + "个单位需复核",
                "Data quality, " + ctx.labels().period(ctx.period()) + ": " + review.size() + " units need review");
        ChartText text = ctx.text(title, t, ctx.t(units.size() + "个单位", units.size() + " units"), ctx.period())
                .withAxes(ctx.t("检查项", "Check"), ctx.t("单位数", "Units"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "某单位某季度任一检查项占其记录的比例超过规则文件阈值即需复核（防止痕迹管理）：导入时被隔离的行、"
                        + "无任何出勤记录的支部活动（名单按默认推定）、无结束时间或无场地的活动、党员有效期结束后的平台记录。",
                "A unit needs review in a quarter when any check's share of its rows exceeds the rules-file "
                        + "threshold: rows set aside at ingest, branch events with no attendance rows at all (roster "
                        + "assumed), events without end time or venue, platform rows after a member's validity."),
                GroupedBarChart.create(data, text, ctx.theme(), new GroupedBarChart.Options(
                        PlotOrientation.HORIZONTAL, false, List.of(), labels))));
    }
}

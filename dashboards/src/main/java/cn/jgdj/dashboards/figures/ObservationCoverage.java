package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.Reference;
import cn.jgdj.dashboards.data.ObservationRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.Comparator;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/** 列席旁听: share of units holding theory study group sessions that were observed, by year up to this one. */
public final class ObservationCoverage implements Figure {
    @Override
    public String id() {
        return "observation_coverage";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<ObservationRow> t = ctx.tables().observation();
        List<ObservationRow> years = t.rows().stream().filter(r -> r.period().isYear()
                        && r.period().year() <= ctx.period().year() && r.period().year() > ctx.period().year() - 5)
                .sorted(Comparator.comparing(ObservationRow::period)).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = ctx.t("已列席旁听单位占比", "Study groups observed");
        for (ObservationRow r : years) {
            String cat = ctx.labels().period(r.period());
            double v = Double.isNaN(r.observedShare()) ? 0 : r.observedShare();
            data.addValue(v, series, cat);
            labels.put(series, cat, ctx.labels().percent(v) + ctx.t("（" + r.unitsObserved() + "/"
                    + r.unitsWithStudyGroup() + "个单位）", " (" + r.unitsObserved() + "/" + r.unitsWithStudyGroup()
                    + " units)"));
        }
        String title = ctx.t("已列席旁听单位占比（理论学习中心组学习，截至" + ctx.labels().period(ctx.period()) + "）",
                "Study groups observed (theory study group sessions), up to " + ctx.labels().period(ctx.period()));
        String n = years.stream().filter(r -> r.period().equals(ctx.period())).findFirst()
                .map(r -> ctx.t(ctx.period().year() + "年有中心组学习的单位 " + r.unitsWithStudyGroup() + "个",
                        r.unitsWithStudyGroup() + " units held study-group sessions in " + ctx.period().year()))
                .orElse(null);
        ChartText text = ctx.text(title, t, n, ctx.period()).withAxes(ctx.t("年度", "Year"),
                ctx.t("已列席旁听单位占比（%）", "Units observed (%)"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "举行理论学习中心组学习的单位中，至少一次有工委人员列席旁听的单位占比；虚线为“每年全覆盖”目标。",
                "Of the units that held theory study group sessions, the share with at least one session attended "
                        + "by work-committee observers; the dashed line is the full-coverage target."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.verticalPercent(labels,
                        new Reference(1.0, ctx.t("全覆盖目标 100%", "Target: full coverage"))))));
    }
}

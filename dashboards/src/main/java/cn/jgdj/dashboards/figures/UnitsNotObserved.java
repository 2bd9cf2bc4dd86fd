package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.UnitObservationRow;
import cn.jgdj.dashboards.datasets.ReportQuestionsData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** 列席旁听 against "full coverage every year": the units whose study-group sessions were never observed. */
public final class UnitsNotObserved implements Figure {
    @Override
    public String id() {
        return "units_not_observed";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<UnitObservationRow> t = ctx.tables().report().observationByUnit();
        List<UnitObservationRow> year = t.rows().stream().filter(r -> r.period().equals(ctx.period())).toList();
        List<UnitObservationRow> never = ReportQuestionsData.neverObserved(t.rows(), ctx.period(), ctx.labels());
        List<UnitObservationRow> shown = never.subList(0, Math.min(never.size(), PackChart.PAPER_ROWS));
        long sessions = year.stream().mapToLong(UnitObservationRow::sessions).sum();
        long observed = year.stream().mapToLong(UnitObservationRow::sessionsObserved).sum();
        long held = year.stream().filter(r -> r.sessions() > 0).count();
        long noneHeld = year.size() - held;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = ctx.t("中心组学习次数", "Study-group sessions");
        for (UnitObservationRow r : shown) {
            String unit = ctx.labels().unit(r.unitId());
            data.addValue(r.sessions(), series, unit);
            labels.put(series, unit, ctx.t(r.sessions() + "次", Long.toString(r.sessions())));
        }
        String period = ctx.labels().period(ctx.period());
        String title = ctx.t(period + "理论学习中心组学习未安排列席旁听的单位：" + never.size() + "个",
                "Units whose theory study group was never observed, " + period + ": " + never.size());
        String n = countySentence(ctx, held, sessions, observed, noneHeld);
        ChartText text = new ChartText(title, null, null, null, ctx.source(t, n), year.isEmpty()
                ? ctx.noData(t, ctx.period())
                : ctx.t("举行中心组学习的单位全年均已列席旁听", "Every unit that held sessions was observed"))
                .withAxes(ctx.t("单位", "Unit"), ctx.t("全年中心组学习次数", "Sessions in the year"));
        var chart = GroupedBarChart.create(data, text, ctx.theme(), new GroupedBarChart.Options(
                PlotOrientation.HORIZONTAL, false, List.of(), labels));
        // Room beyond the longest bar for its label.
        ((org.jfree.chart.plot.CategoryPlot) chart.getPlot()).getRangeAxis().setUpperMargin(0.15);
        return List.of(PackChart.paper(id(), title, ctx.t(
                "“每年全覆盖”要求每个单位的理论学习中心组学习每年至少有一次工委人员列席旁听。图中为举行了中心组学习但全年"
                        + "无一次列席旁听的单位及其学习次数；全年未举行中心组学习的单位见附表。",
                "Full coverage every year means every unit's theory study group is observed by work-committee staff "
                        + "at least once a year. Shown: units that held sessions but had none observed, with their "
                        + "sessions; the appendix also lists units that held none."),
                chart, Math.max(shown.size(), 8)));
    }

    /**
     * The source-line sentence on the county's sessions: a unit count of zero is said in words ("every unit held at
     * least one"), never as "0 units held none", and one unit is "1 unit".
     */
    static String countySentence(PackContext ctx, long held, long sessions, long observed, long noneHeld) {
        String zh = "全县" + held + "个单位举行中心组学习" + sessions + "次，其中" + observed + "次有工委人员列席旁听；"
                + (noneHeld == 0 ? "每个单位全年至少举行一次" : noneHeld + "个单位全年未举行");
        String en = units(held) + " held " + sessions + (sessions == 1 ? " session, " : " sessions, ") + observed
                + " of them observed; "
                + (noneHeld == 0 ? "every unit held at least one" : units(noneHeld) + " held none");
        return ctx.t(zh, en);
    }

    private static String units(long n) {
        return n + (n == 1 ? " unit" : " units");
    }
}

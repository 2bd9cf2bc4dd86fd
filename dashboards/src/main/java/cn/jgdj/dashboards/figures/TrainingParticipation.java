package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.ParticipationRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.ParticipationData;
import cn.jgdj.dashboards.datasets.ParticipationData.Totals;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.codes.Codes;
import java.util.List;
import java.util.Locale;

/** Participation in rotation training and training classes, per quarter and for the year. */
public final class TrainingParticipation implements Figure {
    private static final List<String> TYPES = List.of(Codes.ROTATION_TRAINING, Codes.TRAINING_CLASS);

    @Override
    public String id() {
        return "training_participation";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<ParticipationRow> t = ctx.tables().participation();
        ItemLabels labels = new ItemLabels();
        var data = ParticipationData.byQuarter(t.rows(), ctx.period(), TYPES, ctx.labels(), labels);
        StringBuilder n = new StringBuilder();
        for (String type : TYPES) {
            Totals tot = ParticipationData.totals(t.rows(), ctx.period(), type);
            if (n.length() > 0) {
                n.append(ctx.t("；", "; "));
            }
            n.append(ctx.labels().eventType(type)).append(ctx.t(
                    String.format(Locale.ROOT, " %d场、应参加%,d人次", tot.events(), tot.expected()),
                    String.format(Locale.ROOT, " %d events, %,d expected attendances", tot.events(), tot.expected())));
        }
        String title = ctx.t(ctx.labels().period(ctx.period()) + "集中轮训与培训班参加率",
                "Rotation training and training classes, " + ctx.labels().period(ctx.period()) + ": participation");
        ChartText text = ctx.text(title, t, n.toString(), ctx.period())
                .withAxes(ctx.t("季度", "Quarter"), ctx.t("实到 / 应到（%）", "Present / expected (%)"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "集中轮训（含冬春季集中培训）和培训班的实到人次占应到人次的比例，按季度和全年汇总各组织单位；"
                        + "请假、补学不计为实到。某季度未举办的培训类型在该季度没有柱子（不是0%）。",
                "Present attendances as a share of expected attendances at rotation training (incl. winter–spring "
                        + "training) and training classes, summed over organising units, per quarter and for the year;"
                        + " excused and make-up do not count as present. A type with no event in a quarter has no "
                        + "bar there (not 0%)."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.verticalPercent(labels))));
    }
}

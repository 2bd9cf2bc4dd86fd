package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.EffectSummaryChart;
import cn.jgdj.dashboards.data.EffectivenessRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.EffectivenessData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 培训成效 at a glance: each program's overall effect (months +1 … +3) on each outcome, with its interval. */
public final class TrainingEffectSummary implements Figure {
    @Override
    public String id() {
        return "training_effect_summary";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<EffectivenessRow> t = ctx.tables().effectiveness();
        Labels l = ctx.labels();
        List<String[]> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> warned = new ArrayList<>();
        for (String program : Effectiveness.PROGRAMS) {
            keys.add(new String[] {program, Dimensions.ALL});
            labels.add(l.eventType(program));
            if (!EffectivenessData.pretrendOutcomes(t.rows(), ctx.period(), program).isEmpty()) {
                warned.add(l.eventType(program));
            }
        }
        String title = l.t(l.period(ctx.period()) + "培训成效总览：培训后第1–3个月的平均效应",
                "Training effectiveness, " + l.period(ctx.period()) + ": average effect in months 1–3 after training");
        ChartText text = ctx.text(title, t, l.t("全体应训党员", "All eligible members"), ctx.period())
                .withAxes(l.t("培训类型", "Program"), null);
        String reading = l.t(
                "每行一种培训，每栏一项行为：点为培训后第1–3个月受训党员相对尚未受训党员多出的变化，横线为95%区间，"
                        + "虚线为0（无效应）。区间跨过0表示看不出效应。这一比较假定尚未参加培训的党员反映了受训党员"
                        + "没有培训时会怎样变化；橙红色菱形表示培训前两组已有差异，该效应需慎读。",
                "One row per program, one panel per behaviour: the point is how much more trained members changed in "
                        + "months 1–3 after training than members not yet trained, the bar its 95% interval, the dashed"
                        + " line zero (no effect). An interval crossing zero shows no detectable effect. This assumes "
                        + "members not yet trained show how the trained would have behaved; vermillion diamonds mark "
                        + "effects whose groups already differed before training: read them with care.");
        if (!warned.isEmpty()) {
            reading += l.t(" 培训前已有差异：" + String.join("、", warned) + "。",
                    " Pre-period differences: " + String.join(", ", warned).toLowerCase(Locale.ROOT) + ".");
        }
        return List.of(new PackChart(id(), title, reading,
                EffectSummaryChart.create(EffectivenessData.summary(t.rows(), ctx.period(), Dimensions.ALL, keys,
                        labels, l), text, ctx.theme()), PackChart.WIDTH, 460));
    }
}

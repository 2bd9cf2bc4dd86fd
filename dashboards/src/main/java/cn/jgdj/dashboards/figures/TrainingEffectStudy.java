package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.EventStudyChart;
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

/** 培训成效, one page per training program: the event study of its effect on each outcome, month by month. */
public final class TrainingEffectStudy implements Figure {
    @Override
    public String id() {
        return "training_effect";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<EffectivenessRow> t = ctx.tables().effectiveness();
        Labels l = ctx.labels();
        List<PackChart> out = new ArrayList<>();
        for (String program : Effectiveness.PROGRAMS) {
            List<EventStudyChart.Panel> panels = new ArrayList<>();
            for (String outcome : Effectiveness.OUTCOMES) {
                panels.add(EffectivenessData.eventPanel(t.rows(), ctx.period(), program, outcome, l));
            }
            long treated = EffectivenessData.overall(t.rows(), ctx.period(), program, Effectiveness.OUTCOMES.get(0),
                    Dimensions.ALL, Dimensions.ALL).map(EffectivenessRow::treated).orElse(0L);
            String name = l.eventType(program);
            String title = l.t(l.period(ctx.period()) + "培训成效：" + name + "前后党员行为的变化",
                    "Training effectiveness, " + l.period(ctx.period()) + ": " + name.toLowerCase(Locale.ROOT)
                            + " and what members did afterwards");
            String n = l.t(String.format(Locale.ROOT, "培训后第1–3个月有%,d名受训党员可比较", treated),
                    String.format(Locale.ROOT, "%,d trained members comparable in months 1–3", treated));
            ChartText text = ctx.text(title, t, n, ctx.period())
                    .withAxes(l.t("距培训的月数（0 = 培训当月）", "Months since training (0 = training month)"), null);
            if (EffectivenessData.hasPeriod(t.rows(), ctx.period())) {
                text = text.withNoData(EffectivenessData.suppressedPanel(l));
            }
            EventStudyChart.Study study = new EventStudyChart.Study(panels, Effectiveness.FIRST_EVENT_TIME,
                    Effectiveness.LAST_EVENT_TIME, l.t("培训前（应接近0）", "Before training (should be near 0)"));
            out.add(new PackChart(id() + "_" + program, title, reading(ctx, program),
                    EventStudyChart.create(study, text, ctx.theme()), PackChart.PAPER_WIDTH, 900));
        }
        return out;
    }

    /** The reading text: what is compared, the assumption, and the pre-period warning when it applies. */
    static String reading(PackContext ctx, String program) {
        Labels l = ctx.labels();
        String name = l.eventType(program);
        StringBuilder b = new StringBuilder(l.t(
                "每个点是参加" + name + "的党员在培训后（或培训前）某个月的变化，减去同期尚未参加的党员的变化"
                        + "（按单位类型和职务分层比较），竖线为95%区间（按支部重抽样）。"
                        + "这一比较假定：尚未参加培训的党员，反映了受训党员如果没有培训会怎样变化。"
                        + "灰色区域是培训前的月份，那里的点应接近0；区间不含0说明两组在培训前就走势不同，效应需慎读。"
                        + "不足" + l.minCellSize() + "人的月份已抑制。",
                "Each point is how members who attended " + name.toLowerCase(Locale.ROOT) + " changed in a month "
                        + "after (or before) training, minus how members not yet trained changed over the same months "
                        + "(compared within unit type and role); bars are 95% intervals from resampling branches. "
                        + "This assumes members not yet trained show how the trained would have behaved without "
                        + "training. The grey months come before training, where points should be near zero; an "
                        + "interval there that excludes zero means the groups already differed, so read the effect "
                        + "with care. Months with fewer than " + l.minCellSize() + " members are suppressed."));
        List<String> warned = EffectivenessData.pretrendOutcomes(ctx.tables().effectiveness().rows(), ctx.period(),
                program);
        if (!warned.isEmpty()) {
            List<String> names = warned.stream().map(o -> EffectivenessData.outcomeName(o, l)).toList();
            b.append(l.t(" 注意：" + String.join("、", names) + "在培训前已有差异，该项效应不宜当作培训的作用。",
                    " Warning: " + String.join(", ", names) + " already differed before training; do not read that effect as caused by the training."));
        }
        return b.toString();
    }
}

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
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import cn.jgdj.dashboards.datasets.Parts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Training effects (months +1 … +3) by the groups of one dimension (unit type or role), where cells allow. */
public final class TrainingEffectByGroup implements Figure {
    private final String dimension;

    public TrainingEffectByGroup(String dimension) {
        this.dimension = dimension;
    }

    @Override
    public String id() {
        return "training_effect_by_" + dimension;
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<EffectivenessRow> t = ctx.tables().effectiveness();
        Labels l = ctx.labels();
        TreeSet<String> groups = new TreeSet<>();
        t.rows().stream().filter(r -> r.period().equals(ctx.period()) && r.dimension().equals(dimension))
                .forEach(r -> groups.add(r.group()));
        List<String[]> keys = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String program : Effectiveness.PROGRAMS) {
            for (String g : groups) {
                keys.add(new String[] {program, g});
                labels.add(l.eventType(program) + " · " + l.group(dimension, g));
            }
        }
        String title = l.t(l.period(ctx.period()) + "培训成效：按" + l.dimension(dimension) + "分组",
                "Training effectiveness by " + l.dimension(dimension).toLowerCase(Locale.ROOT) + ", "
                        + l.period(ctx.period()));
        ChartText text = ctx.text(title, t, l.t(groups.size() + "个群体", groups.size() + " groups"), ctx.period())
                // No title beside the rows: each row already reads "program · group", and a rotated title there
                // collided with the longest row labels.
                .withAxes(null, null)
                .withNoData(ctx.noData(t, ctx.period(), dimension));
        String reading = l.t(
                "与总览相同的效应（培训后第1–3个月），分别在每个" + l.dimension(dimension) + "群体内估计，"
                        + "比较仍在单位类型×职务层内进行，并假定尚未受训的党员反映受训党员没有培训时的变化。"
                        + "受训或对照党员不足" + l.minCellSize() + "人的格子只标注“已抑制”；橙红色菱形表示培训前已有差异。",
                "The overview's effect (months 1–3 after training) estimated within each "
                        + l.dimension(dimension).toLowerCase(Locale.ROOT) + " group, still compared within unit type"
                        + " × role and assuming members not yet trained show how the trained would have behaved. Cells"
                        + " with fewer than " + l.minCellSize() + " trained or comparison members are marked "
                        + "suppressed; vermillion diamonds mark pre-period differences.");
        // Many groups go on several pages of at most ROWS_PER_PAGE rows, so that each prints at 8 pt or more.
        List<List<Integer>> parts = Parts.split(java.util.stream.IntStream.range(0, keys.size()).boxed().toList(),
                ROWS_PER_PAGE);
        List<PackChart> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<Integer> part = parts.get(p);
            String partTitle = title + Parts.titleSuffix(l, p, parts.size());
            int rows = Math.max(part.size(), 3);
            out.add(new PackChart(Parts.id(id(), p, parts.size()), partTitle, reading, EffectSummaryChart.create(
                    EffectivenessData.summary(t.rows(), ctx.period(), dimension, part.stream().map(keys::get).toList(),
                            part.stream().map(labels::get).toList(), l), text.withTitle(partTitle), ctx.theme()),
                    PackChart.WIDTH, Math.max(460, 200 + rows * 30)));
        }
        return out;
    }

    /** Rows one landscape page holds at 30 px each and 8 pt or more: four programs × four groups. */
    static final int ROWS_PER_PAGE = 16;
}

package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.RankedBarChart;
import cn.jgdj.dashboards.charts.Reference;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.datasets.CoverageData.RankedItem;
import cn.jgdj.dashboards.datasets.Parts;
import cn.jgdj.dashboards.datasets.UnderServedData;
import cn.jgdj.dashboards.packs.Figure;
import cn.jgdj.dashboards.packs.PackChart;
import cn.jgdj.dashboards.packs.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Attainment by unit, lowest first, against the all-members rate; ~120 units split over pages of ≤ 40. */
public final class AttainmentByUnit implements Figure {
    @Override
    public String id() {
        return "attainment_by_unit";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<CoverageRow> t = ctx.tables().coverage();
        List<RankedItem> items = CoverageData.unitsByAttainment(t.rows(), ctx.period(), ctx.labels());
        Optional<CoverageRow> overall = CoverageData.overall(t.rows(), ctx.period());
        Set<String> flaggedUnits = UnderServedData.flagged(ctx.tables().underServed().rows(), ctx.period(),
                UnderServed.ATTAINMENT, Dimensions.UNIT);
        Set<String> flaggedLabels = items.stream().filter(i -> flaggedUnits.contains(i.id())).map(RankedItem::label)
                .collect(Collectors.toSet());
        Reference ref = overall.map(o -> new Reference(o.attainmentRate(),
                ctx.t("全体党员 ", "All members ") + ctx.labels().percent(o.attainmentRate()))).orElse(null);
        long suppressed = items.stream().filter(i -> i.rate() == null).count();
        List<List<RankedItem>> parts = Parts.split(items, Parts.MAX_ROWS);
        List<PackChart> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String part = Parts.titleSuffix(ctx.labels(), p, parts.size());
            String title = ctx.t(ctx.labels().period(ctx.period()) + "各单位学时达标率（由低到高）" + part,
                    "Attainment by unit, " + ctx.labels().period(ctx.period()) + ", lowest first" + part);
            String series = ctx.t("学时达标率", "Attainment");
            ItemLabels labels = new ItemLabels();
            ChartText text = ctx.text(title, t, ctx.t(items.size() + "个单位，其中" + suppressed + "个不足"
                            + ctx.labels().minCellSize() + "人已抑制",
                    items.size() + " units, " + suppressed + " suppressed (<"
                            + ctx.labels().minCellSize() + " members)"), ctx.period())
                    .withAxes(ctx.t("单位（应训人数）", "Unit (eligible members)"),
                            ctx.t("学时达标率（%）", "Attainment (%)"));
            RankedBarChart.Ranked ranked = new RankedBarChart.Ranked(
                    CoverageData.ranked(parts.get(p), series, labels, ctx.labels()), flaggedLabels,
                    ctx.t("学时达标率", "Attainment"), flaggedUnits.isEmpty() ? null
                    : ctx.t("显著低于其余单位", "Significantly below other units"), ref, labels);
            String id = Parts.id(id(), p, parts.size());
            out.add(PackChart.tall(id, title, ctx.t(
                    "每个单位学时达标的应训党员占比，由低到高排列，虚线为全体党员达标率；橙红色为经检验显著偏低的单位。"
                            + "应训党员不足" + ctx.labels().minCellSize()
                            + "人的单位只标注“已抑制”，不显示数值。",
                    "Share of each unit's eligible members who met the requirement, lowest first; the dashed line "
                            + "is the all-members rate; vermillion bars are units significantly below the rest. "
                            + "Units with fewer than " + ctx.labels().minCellSize()
                            + " eligible members are marked suppressed, without a figure."),
                    RankedBarChart.create(ranked, text, ctx.theme()), Math.max(parts.get(p).size(), 8), 22));
        }
        return out;
    }
}

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
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Units below the county attainment or flagged, lowest first, on one page; every unit in {@link UnitScorecard}. */
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
        List<RankedItem> shown = attention(items, overall, flaggedUnits);
        String counts = suppressed == 0
                ? ctx.t("各单位人数均达到统计要求，未作抑制", "every unit is large enough to report")
                : ctx.t(suppressed + "个单位应训党员不足" + ctx.labels().minCellSize() + "人，未作统计",
                        suppressed + " units under " + ctx.labels().minCellSize() + " members not reported");
        String scope = ctx.t("共" + items.size() + "个单位，图中为低于全县水平或显著偏低的" + shown.size()
                        + "个，完整名单见附录；" + counts,
                items.size() + " units; shown: the " + shown.size() + " below the county figure or flagged (full "
                        + "list in the appendix); " + counts);
        List<List<RankedItem>> parts = List.of(shown);
        List<PackChart> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String part = Parts.titleSuffix(ctx.labels(), p, parts.size());
            String title = ctx.t(ctx.labels().period(ctx.period()) + "学时达标率低于全县水平的单位（由低到高）" + part,
                    "Units below the county attainment, " + ctx.labels().period(ctx.period()) + ", lowest first" + part);
            String series = ctx.t("学时达标率", "Attainment");
            ItemLabels labels = new ItemLabels();
            ChartText text = ctx.text(title, t, scope, ctx.period())
                    .withAxes(ctx.t("单位（应训人数）", "Unit (eligible members)"),
                            ctx.t("学时达标率（%）", "Attainment (%)"));
            RankedBarChart.Ranked ranked = new RankedBarChart.Ranked(
                    CoverageData.ranked(parts.get(p), series, labels, ctx.labels()), flaggedLabels,
                    ctx.t("学时达标率", "Attainment"), flaggedUnits.isEmpty() ? null
                    : ctx.t("显著低于其余单位", "Significantly below other units"), ref, labels);
            String id = Parts.id(id(), p, parts.size());
            out.add(PackChart.paper(id, title, ctx.t(
                    "学时达标率低于全县水平或经检验显著偏低的单位，由低到高排列，虚线为全县达标率；橙红色为经检验显著偏低的单位。"
                            + "各单位的完整名单（含应训党员不足" + ctx.labels().minCellSize()
                            + "人未作统计的单位）见附录表。",
                    "Units below the county attainment or significantly below the other units, lowest first; the "
                            + "dashed line is the county rate; vermillion bars are units significantly below the rest. "
                            + "The appendix lists every unit, including those under " + ctx.labels().minCellSize()
                            + " eligible members, which are not reported."),
                    RankedBarChart.create(ranked, text, ctx.theme()), Math.max(parts.get(p).size(), 8)));
        }
        return out;
    }

    /** Units to show on paper: below the county figure or flagged, lowest first, at most one page of rows. */
    static List<RankedItem> attention(List<RankedItem> items, Optional<CoverageRow> overall, Set<String> flagged) {
        double county = overall.filter(o -> !o.suppressed()).map(CoverageRow::attainmentRate).orElse(Double.NaN);
        List<RankedItem> out = items.stream().filter(i -> i.rate() != null
                && (flagged.contains(i.id()) || (!Double.isNaN(county) && i.rate() < county))).toList();
        return out.subList(0, Math.min(out.size(), PackChart.PAPER_ROWS));
    }
}

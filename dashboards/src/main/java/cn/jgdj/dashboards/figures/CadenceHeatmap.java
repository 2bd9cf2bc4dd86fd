package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.HeatmapChart;
import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.ComplianceData;
import cn.jgdj.dashboards.datasets.ComplianceData.UnitCompliance;
import cn.jgdj.dashboards.datasets.CadenceShortfall;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 三会一课 cadence: each unit's branches that complied per quarter, for the units below the county or with a branch
 * short in every quarter, lowest first, on one page; every unit in {@link UnitCadenceTable}.
 */
public final class CadenceHeatmap implements Figure {
    /** Units below the county's yearly rate or with a branch short in every quarter, lowest first, one page at most. */
    static List<UnitCompliance> attention(List<UnitCompliance> units, OptionalDouble county, Set<String> failing) {
        List<UnitCompliance> out = units.stream().filter(u -> failing.contains(u.unitId())
                || (county.isPresent() && u.yearShare() < county.getAsDouble())).toList();
        return out.subList(0, Math.min(out.size(), PackChart.PAPER_ROWS));
    }

    @Override
    public String id() {
        return "cadence_heatmap";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<BranchComplianceRow> t = ctx.tables().branchCompliance();
        List<UnitCompliance> units = ComplianceData.byUnit(t.rows(), ctx.period());
        long branches = ComplianceData.branches(t.rows(), ctx.period());
        List<UnitCompliance> shown = attention(units, ComplianceData.yearRate(t.rows(), ctx.period()),
                CadenceShortfall.failingEveryQuarter(t.rows(), ctx.period()).values().stream()
                        .map(r -> r.get(0).unitId()).collect(Collectors.toSet()));
        String scope = ctx.t("共" + units.size() + "个单位、" + branches + "个支部，图中为制度落实率低于全县或有支部四个季度均未落实的"
                        + shown.size() + "个单位，完整名单见附表", units.size() + " units, " + branches
                        + " branches; shown: the " + shown.size()
                        + " below the county or with a branch short in every quarter, all in the appendix");
        String title = ctx.t(ctx.labels().period(ctx.period()) + "“三会一课”制度落实：低于全县水平的单位",
                "Meeting cadence, " + ctx.labels().period(ctx.period()) + ": units below the county");
        ChartText text = ctx.text(title, t, scope, ctx.period())
                .withAxes(ctx.t("季度", "Quarter"), ctx.t("单位（支部数）", "Unit (branches)"))
                .withSubtitle(ctx.t("格中为落实支部数/支部数；单位按全年制度落实率由低到高排列，颜色越深落实的支部越多",
                        "Cells: branches that kept the cadence / branches; units lowest first, darker is more branches"));
        List<PackChart> out = new ArrayList<>();
        out.add(PackChart.paper(id(), title, ctx.t(
                "每格为该单位当季按期召开支部党员大会、党课（每季度）和支委会、党小组会、主题党日（每月）的支部数/支部数，"
                        + "颜色越深落实越好。图中为全年制度落实率低于全县或有支部四个季度均未落实的单位，由低到高排列；"
                        + "各单位的完整情况和未达最低次数的会议类型见附表。",
                "Each cell: the unit's branches that held the general meeting and party lecture (quarterly) and the "
                        + "committee meeting, group meeting and theme party day (monthly) that quarter / its branches; "
                        + "darker is better. Shown: units below the county for the year or with a branch short in "
                        + "every quarter, lowest first; the appendix gives every unit and the meeting types held too rarely."),
                HeatmapChart.create(ComplianceData.heatmap(shown, ctx.labels()), text, ctx.theme()),
                Math.max(shown.size(), 8)));
        return out;
    }
}

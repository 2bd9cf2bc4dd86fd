package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.HeatmapChart;
import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.ComplianceData;
import cn.jgdj.dashboards.datasets.ComplianceData.UnitCompliance;
import cn.jgdj.dashboards.datasets.Parts;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.ArrayList;
import java.util.List;

/** 三会一课 cadence: share of each unit's branches that complied, per quarter; lowest units first. */
public final class CadenceHeatmap implements Figure {
    @Override
    public String id() {
        return "cadence_heatmap";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<BranchComplianceRow> t = ctx.tables().branchCompliance();
        List<UnitCompliance> units = ComplianceData.byUnit(t.rows(), ctx.period());
        long branches = ComplianceData.branches(t.rows(), ctx.period());
        String n = ctx.t(units.size() + "个单位、" + branches + "个支部", units.size() + " units, " + branches
                + " branches");
        List<List<UnitCompliance>> parts = Parts.split(units, Parts.MAX_ROWS);
        List<PackChart> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String part = Parts.titleSuffix(ctx.labels(), p, parts.size());
            String title = ctx.t(ctx.labels().period(ctx.period()) + "“三会一课”按期召开：各单位制度落实支部占比" + part,
                    "Meeting cadence, " + ctx.labels().period(ctx.period()) + ": share of each unit's branches "
                            + "that complied" + part);
            ChartText text = ctx.text(title, t, n, ctx.period())
                    .withAxes(ctx.t("季度", "Quarter"), ctx.t("单位（支部数）", "Unit (branches)"))
                    .withSubtitle(ctx.t("格中为落实支部数/支部数；单位按全年制度落实率由低到高排列，颜色越深落实的支部越多",
                            "Cells: branches that kept the cadence / branches; units lowest first, darker is more branches"));
            String id = Parts.id(id(), p, parts.size());
            out.add(PackChart.tall(id, title, ctx.t(
                    "每格为该单位当季按期召开支部党员大会、党课（每季度）和支委会、党小组会、主题党日（每月）的支部占比；"
                            + "颜色越深落实越好，格中数字为落实支部数/支部数。单位按全年制度落实率由低到高排列。",
                    "Each cell: share of the unit's branches that held the general meeting and party lecture "
                            + "(quarterly) and the committee meeting, group meeting and theme party day (monthly) "
                            + "that quarter; darker is better; the cell reads branches that complied / branches. Units lowest first."),
                    HeatmapChart.create(ComplianceData.heatmap(parts.get(p), ctx.labels()), text, ctx.theme()),
                    Math.max(parts.get(p).size(), 8), 22));
        }
        return out;
    }
}

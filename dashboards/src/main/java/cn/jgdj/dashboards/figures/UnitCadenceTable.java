package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.datasets.CadenceShortfall;
import cn.jgdj.dashboards.datasets.ComplianceData;
import cn.jgdj.dashboards.datasets.ComplianceData.UnitCompliance;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.codes.Codes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Appendix: every unit's 三会一课 cadence by quarter (compliant branches / branches), its yearly rate and the meeting
 * types held too rarely (branch-quarters per type), in name order; the heat map page shows only the units below.
 */
public final class UnitCadenceTable implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        List<BranchComplianceRow> rows = ctx.tables().branchCompliance().rows().stream()
                .filter(r -> ctx.period().quarters().contains(r.period())).toList();
        List<UnitCompliance> units = new ArrayList<>(ComplianceData.byUnit(rows, ctx.period()));
        if (units.isEmpty()) {
            return List.of();
        }
        units.sort(Comparator.comparing((UnitCompliance u) -> l.unit(u.unitId()), cn.jgdj.dashboards.text.NaturalOrder.INSTANCE));
        Map<String, List<BranchComplianceRow>> byUnit = rows.stream()
                .collect(Collectors.groupingBy(BranchComplianceRow::unitId));
        List<List<String>> out = new ArrayList<>();
        for (UnitCompliance u : units) {
            List<String> row = new ArrayList<>(List.of(l.unit(u.unitId()), Integer.toString(u.branches())));
            for (int q = 0; q < 4; q++) {
                row.add(u.branchesByQuarter()[q] == 0 ? "—" : u.compliantByQuarter()[q] + "/" + u.branchesByQuarter()[q]);
            }
            row.add(l.percent(u.yearShare()));
            Map<String, Integer> shortByType = new LinkedHashMap<>();
            Codes.CADENCE_TYPES.forEach(t -> shortByType.put(t, 0));
            byUnit.getOrDefault(u.unitId(), List.of())
                    .forEach(r -> CadenceShortfall.shortTypes(r).forEach(t -> shortByType.merge(t, 1, Integer::sum)));
            String shortTypes = shortByType.entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> l.t(l.eventType(e.getKey()) + e.getValue(),
                            l.eventType(e.getKey()) + " (" + e.getValue() + ")"))
                    .collect(Collectors.joining(l.t("、", ", ")));
            row.add(shortTypes.isEmpty() ? (u.yearShare() < 1 ? l.t("月度会议未逐月召开", "monthly meetings not every month")
                    : "—") : shortTypes);
            out.add(row);
        }
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "各单位“三会一课”制度落实情况", "Appendix: meeting cadence of every "
                        + "unit, " + period),
                l.t("单位按名称排列。各季度为制度落实的支部数/支部数；最后一列为各类会议未达最低次数的支部季度数（季度会议少于1次，"
                                + "月度会议少于3次；月度会议次数够而未逐月召开的不计在内）。",
                        "Units in name order. Quarters: branches that kept the cadence / branches; the last column "
                                + "counts branch-quarters by meeting type held too rarely (a quarterly type less than "
                                + "once, a monthly type fewer than three times; three meetings in one month are not "
                                + "counted as short)."),
                List.of(l.t("单位", "Unit"), l.t("支部数", "Branches"), l.t("第1季度", "Q1"), l.t("第2季度", "Q2"),
                        l.t("第3季度", "Q3"), l.t("第4季度", "Q4"), l.t("全年落实率", "Year"),
                        l.t("未达最低次数的会议（支部季度数）", "Meetings held too rarely (branch-quarters)")),
                out, new float[] {2.3f, 1f, 0.8f, 0.8f, 0.8f, 0.8f, 1f, 2.9f}));
    }
}

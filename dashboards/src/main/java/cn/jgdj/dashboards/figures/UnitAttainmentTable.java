package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.datasets.Headlines;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Appendix: every unit's eligible members, reach and attainment against the county (the chart shows the lowest). */
public final class UnitAttainmentTable implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        List<CoverageRow> rows = new ArrayList<>(CoverageData.of(ctx.tables().coverage().rows(), ctx.period(),
                Dimensions.UNIT));
        if (rows.isEmpty()) {
            return List.of();
        }
        rows.sort(Comparator.comparing((CoverageRow r) -> l.unit(r.group())));
        Optional<CoverageRow> county = CoverageData.overall(ctx.tables().coverage().rows(), ctx.period())
                .filter(c -> !c.suppressed());
        List<List<String>> out = new ArrayList<>();
        for (CoverageRow r : rows) {
            if (r.suppressed()) {
                String not = l.t("不足" + l.minCellSize() + "人，未作统计", "under " + l.minCellSize() + ", not reported");
                out.add(List.of(l.unit(r.group()), not, "—", "—", "—"));
                continue;
            }
            out.add(List.of(l.unit(r.group()), Long.toString(r.eligible()), l.percent(r.reachRate()),
                    l.percent(r.attainmentRate()), county.map(c -> Headlines.ppChange(r.attainmentRate()
                            - c.attainmentRate())).orElse("—")));
        }
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "各单位学时达标情况", "Appendix: attainment of every unit, " + period),
                county.map(c -> l.t("全县学时达标率" + l.percent(c.attainmentRate()) + "；单位按名称排列。",
                        "County attainment " + l.percent(c.attainmentRate()) + "; units in name order.")).orElse(null),
                List.of(l.t("单位", "Unit"), l.t("应训党员（人）", "Eligible members"), l.t("参训率", "Reach"),
                        l.t("学时达标率", "Attainment"), l.t("与全县差距（百分点）", "Against county (points)")), out));
    }
}

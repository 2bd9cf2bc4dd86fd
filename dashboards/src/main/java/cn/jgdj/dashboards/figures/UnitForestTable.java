package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.dashboards.data.UnderServedRow;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Appendix of the analyst pack: every unit's attainment with its 95% interval and its test against the other members
 * (the forest plot page shows only the units below all members or flagged), in name order.
 */
public final class UnitForestTable implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        List<CoverageRow> units = new ArrayList<>(CoverageData.of(ctx.tables().coverage().rows(), ctx.period(),
                Dimensions.UNIT));
        if (units.isEmpty()) {
            return List.of();
        }
        units.sort(Comparator.comparing((CoverageRow r) -> l.unit(r.group()), cn.jgdj.dashboards.text.NaturalOrder.INSTANCE));
        Map<String, UnderServedRow> tests = ctx.tables().underServed().rows().stream()
                .filter(r -> r.period().equals(ctx.period()) && UnderServed.ATTAINMENT.equals(r.indicator())
                        && Dimensions.UNIT.equals(r.dimension()))
                .collect(Collectors.toMap(UnderServedRow::group, Function.identity(), (a, b) -> a));
        String none = "—";
        List<List<String>> rows = new ArrayList<>();
        for (CoverageRow r : units) {
            if (r.suppressed()) {
                rows.add(List.of(l.unit(r.group()), l.t("不足" + l.minCellSize() + "人，未作统计",
                        "under " + l.minCellSize() + ", not reported"), none, none, none, none, none));
                continue;
            }
            UnderServedRow test = tests.get(r.group());
            boolean tested = test != null && !test.suppressed() && !Double.isNaN(test.qValue());
            String interval = Double.isNaN(r.ciLow()) ? none : l.percent(r.ciLow()) + "–" + l.percent(r.ciHigh());
            rows.add(List.of(l.unit(r.group()), Long.toString(r.eligible()), l.percent(r.attainmentRate()), interval,
                    tested ? String.format(Locale.ROOT, "%+.1f", test.gapPp()) : none,
                    tested ? (test.qValue() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", test.qValue()))
                            : none,
                    tested && test.flagged() ? l.t("是", "yes") : tested ? l.t("否", "no") : none));
        }
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "各单位学时达标率及检验结果",
                        "Appendix: attainment of every unit with its test, " + period),
                l.t("单位按名称排列。差距为该单位达标率减其余党员达标率（百分点）；q值为全年多重检验校正后的显著性；"
                                + "“显著偏低”指q<" + UnderServed.FLAG_MAX_Q + "且低于其余党员"
                                + UnderServed.FLAG_MIN_SHORTFALL_PP + "个百分点及以上。",
                        "Units in name order. Gap: the unit's attainment minus the other members' (points); q: "
                                + "significance corrected over the year's tests; flagged: q < " + UnderServed.FLAG_MAX_Q
                                + " and " + UnderServed.FLAG_MIN_SHORTFALL_PP + " points or "
                                + "more below the other members."),
                List.of(l.t("单位", "Unit"), l.t("应训党员", "Eligible"), l.t("学时达标率", "Attainment"),
                        l.t("95%置信区间", "95% interval"), l.t("与其余党员差距", "Gap to others"), l.t("q值", "q"),
                        l.t("显著偏低", "Flagged")), rows, new float[] {2.6f, 1f, 1.1f, 1.6f, 1.3f, 0.9f, 0.9f}));
    }
}

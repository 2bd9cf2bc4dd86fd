package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.UnitObservationRow;
import cn.jgdj.dashboards.datasets.ReportQuestionsData;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Appendix: units not observed in the year (sessions held, none observed), then units that held no session. */
public final class UnitsNotObservedTable implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        List<UnitObservationRow> year = ctx.tables().report().observationByUnit().rows().stream()
                .filter(r -> r.period().equals(ctx.period())).toList();
        if (year.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (UnitObservationRow r : ReportQuestionsData.neverObserved(year, ctx.period(), l)) {
            rows.add(List.of(l.unit(r.unitId()), Long.toString(r.sessions()), "0",
                    l.t("未列席旁听", "not observed")));
        }
        year.stream().filter(r -> r.sessions() == 0).sorted(Comparator.comparing(r -> l.unit(r.unitId()), cn.jgdj.dashboards.text.NaturalOrder.INSTANCE))
                .forEach(r -> rows.add(List.of(l.unit(r.unitId()), "0", "0", l.t("未举行中心组学习", "no session held"))));
        long observedUnits = year.stream().filter(UnitObservationRow::observed).count();
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "理论学习中心组学习未安排列席旁听的单位", "Appendix: units whose "
                        + "theory study group was not observed, " + period),
                l.t("共" + year.size() + "个单位，其中" + observedUnits + "个已列席旁听（各单位次数见“各单位情况一览”）；"
                                + "下表先列举行了学习但未安排列席旁听的单位，再列全年未举行中心组学习的单位。",
                        year.size() + " units, " + observedUnits + " observed (sessions per unit in the scorecard); "
                                + "listed: units that held sessions none of which was observed, then units that held none."),
                List.of(l.t("单位", "Unit"), l.t("中心组学习次数", "Sessions"), l.t("列席旁听次数", "Observed"),
                        l.t("情况", "Status")),
                rows.isEmpty() ? List.of(List.of(l.t("无", "None"), "—", "—", "—")) : rows,
                new float[] {2.6f, 1.2f, 1.2f, 1.6f}));
    }
}

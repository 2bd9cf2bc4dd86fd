package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.UnitObservationRow;
import cn.jgdj.dashboards.data.VolunteerRow;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.datasets.Headlines;
import cn.jgdj.dashboards.findings.Texts;
import cn.jgdj.dashboards.findings.UnitAttention;
import cn.jgdj.dashboards.findings.UnitsNeedingAttention;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Appendix: the unit scorecard, one row per unit (attainment, reach, change on last year, 三会一课, 列席旁听,
 * volunteering, reasons for attention), in name order so a committee member finds a unit at once. One row rather
 * than one page per unit: 120 units would be 120 pages that nobody at a meeting turns, while a table of four or five
 * pages compares units side by side; the reasons column points to the list of units needing attention.
 */
public final class UnitScorecard implements Appendix {
    /** Relative column widths on A4 portrait: the unit name and the reasons get the room. */
    static final float[] WIDTHS = {2.6f, 1f, 1f, 1.1f, 1.1f, 1.2f, 1.1f, 1.1f, 2.2f};

    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        Period year = ctx.period();
        Map<String, CoverageRow> now = byUnit(CoverageData.of(ctx.tables().coverage().rows(), year, Dimensions.UNIT),
                CoverageRow::group);
        Map<String, CoverageRow> before = byUnit(CoverageData.of(ctx.tables().coverage().rows(), year.yearEarlier(),
                Dimensions.UNIT), CoverageRow::group);
        Map<String, List<BranchComplianceRow>> cadence = ctx.tables().branchCompliance().rows().stream()
                .filter(r -> year.quarters().contains(r.period()))
                .collect(Collectors.groupingBy(BranchComplianceRow::unitId));
        Map<String, UnitObservationRow> observed = byUnit(ctx.tables().report().observationByUnit().rows().stream()
                .filter(r -> r.period().equals(year)).toList(), UnitObservationRow::unitId);
        Map<String, VolunteerRow> volunteering = byUnit(ctx.tables().volunteer().rows().stream()
                .filter(r -> r.period().equals(year) && Dimensions.UNIT.equals(r.dimension())
                        && Volunteer.ALL_THEMES.equals(r.theme())).toList(), VolunteerRow::group);
        Map<String, UnitAttention> attention = byUnit(UnitsNeedingAttention.of(ctx, Texts.of(l.lang())),
                UnitAttention::unitId);

        Set<String> units = new TreeSet<>(now.keySet());
        units.addAll(cadence.keySet());
        units.addAll(observed.keySet());
        if (units.isEmpty()) {
            return List.of();
        }
        List<String> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparing(l::unit, cn.jgdj.dashboards.text.NaturalOrder.INSTANCE));
        String none = "—";
        List<List<String>> rows = new ArrayList<>();
        for (String unit : ordered) {
            CoverageRow c = now.get(unit);
            CoverageRow p = before.get(unit);
            boolean reported = c != null && !c.suppressed();
            String eligible = c == null ? none : c.suppressed()
                    ? l.t("不足" + l.minCellSize() + "人", "under " + l.minCellSize()) : Long.toString(c.eligible());
            String change = reported && p != null && !p.suppressed()
                    ? Headlines.ppChange(c.attainmentRate() - p.attainmentRate()) : none;
            List<BranchComplianceRow> cad = cadence.getOrDefault(unit, List.of());
            String cadenceCell = cad.isEmpty() ? none
                    : cad.stream().filter(BranchComplianceRow::compliant).count() + "/" + cad.size();
            UnitObservationRow o = observed.get(unit);
            String observation = o == null ? none : o.sessions() == 0 ? l.t("未举行", "none held")
                    : o.sessionsObserved() + "/" + o.sessions();
            VolunteerRow v = volunteering.get(unit);
            String volunteer = v == null || v.suppressed() ? none : l.percent(v.participationRate());
            UnitAttention a = attention.get(unit);
            String reasons = a == null ? none : a.reasons().stream()
                    .map(r -> UnitsNeedingAttentionByReason.reasonName(ctx, r.code())).distinct()
                    .collect(Collectors.joining(l.t("；", "; ")));
            rows.add(List.of(l.unit(unit), eligible, reported ? l.percent(c.reachRate()) : none,
                    reported ? l.percent(c.attainmentRate()) : none, change, cadenceCell, observation, volunteer,
                    reasons));
        }
        String period = l.period(year);
        return List.of(new TablePage(l.t("附表：" + period + "各单位情况一览", "Appendix: unit scorecard, " + period),
                l.t("单位按名称排列。“三会一课”为全年制度落实的支部季度数/支部季度数；列席旁听为已列席旁听的中心组学习次数/"
                                + "举行次数；较上年为学时达标率的变化（百分点）；“—”为无数据或人数不足"
                                + l.minCellSize() + "人未作统计。需关注原因的说明和建议措施见附表“需关注的单位”。",
                        "Units in name order. Hours met: attainment rate; volunteer rate: volunteering participation. "
                                + "Cadence: branch-quarters that kept the cadence / branch-quarters in the "
                                + "year; observation: study-group sessions observed / held; change: attainment against "
                                + "last year in points; \"—\": no data, or under " + l.minCellSize()
                                + " eligible members and not reported. The list of units needing attention gives "
                                + "reasons and actions."),
                List.of(l.t("单位", "Unit"), l.t("应训党员", "Eligible"), l.t("参训率", "Reach"),
                        l.t("学时达标率", "Hours met"), l.t("较上年", "On last year"), l.t("“三会一课”", "Cadence"),
                        l.t("列席旁听", "Observed"), l.t("志愿服务参与率", "Volunteer rate"),
                        l.t("需关注原因", "Needs attention")), rows, WIDTHS));
    }

    private static <T> Map<String, T> byUnit(List<T> rows, Function<T, String> unit) {
        Map<String, T> out = new TreeMap<>();
        rows.forEach(r -> out.put(unit.apply(r), r));
        return out;
    }
}

package cn.jgdj.dashboards.findings;

import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.dashboards.data.DataQualityRow;
import cn.jgdj.dashboards.data.UnitObservationRow;
import cn.jgdj.dashboards.datasets.DataQualityChecks;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import cn.jgdj.schemas.AttentionRules;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.datasets.UnderServedData;
import cn.jgdj.dashboards.findings.UnitAttention.Reason;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one list of units a committee should act on, used by every pack's summary page, the committee's chart of
 * reasons and the appendix list. Reasons: attainment significantly below the other units or well below the county
 * figure; branches that missed the 三会一课 cadence in every quarter so far; cadence kept well below the county
 * figure; theory study group sessions held in the year and none observed (列席旁听, year packs only); the unit's
 * records needing review in a quarter so far (data_quality: a check above its rules-file threshold).
 * <p>
 * A list of half the county cannot be acted on at one meeting, so the units are ranked by severity and the worst go
 * on the summary page as 重点关注, each with the rule that put it there: attainment significantly below the other
 * units; below threshold in several areas at once; most of its branches missing the cadence in every quarter; its
 * records needing review in every quarter. The thresholds are the rules file's {@code units_needing_attention}.
 */
public final class UnitsNeedingAttention {
    /** The unit of data-quality rows that could not be placed in a unit (DimensionGroups.UNKNOWN in jobs). */
    static final String UNPLACED = "unknown";

    /** Every reason code, in the order the texts file and the reasons chart list them. */
    public static final List<String> REASONS = List.of("attainment_flagged", "attainment_below",
            "branch_every_quarter", "compliance_below", "observation_never", "data_quality");

    /** The area of each reason: a unit below threshold in several areas is worse off than one twice in one area. */
    static final Map<String, String> AREA = Map.of("attainment_flagged", "attainment", "attainment_below",
            "attainment", "branch_every_quarter", "cadence", "compliance_below", "cadence", "observation_never",
            "observation", "data_quality", "data_quality");

    /** The areas in the order the texts name them. */
    static final List<String> AREAS = List.of("attainment", "cadence", "observation", "data_quality");

    private UnitsNeedingAttention() {
    }

    /**
     * The units of the pack's period: the 重点关注 units first (most focus rules met, then attainment significantly
     * low, then most areas, most reasons, lowest attainment), then the others (most areas, most reasons, lowest
     * attainment); ties by unit id.
     */
    public static List<UnitAttention> of(PackContext ctx, Texts texts) {
        Period period = ctx.period();
        Period year = period.yearPeriod();
        Labels l = ctx.labels();
        AttentionRules rules = ctx.attention();
        Map<String, List<Reason>> reasons = new TreeMap<>();
        Map<String, Double> attainment = new TreeMap<>();

        List<CoverageRow> coverage = ctx.tables().coverage().rows();
        Optional<CoverageRow> county = CoverageData.overall(coverage, period);
        Set<String> flagged = UnderServedData.flagged(ctx.tables().underServed().rows(), year, UnderServed.ATTAINMENT,
                Dimensions.UNIT);
        for (CoverageRow r : CoverageData.of(coverage, period, Dimensions.UNIT)) {
            if (r.suppressed() || Double.isNaN(r.attainmentRate())) {
                continue;
            }
            attainment.put(r.group(), r.attainmentRate());
            if (period.isYear() && flagged.contains(r.group())) {
                add(reasons, r.group(), "attainment_flagged", texts.get("reason.attainment_flagged",
                        "rate", l.percent(r.attainmentRate())));
            } else if (county.isPresent() && !county.get().suppressed()
                    && (county.get().attainmentRate() - r.attainmentRate()) * 100 >= rules.belowCountyPoints()) {
                add(reasons, r.group(), "attainment_below", texts.get("reason.attainment_below",
                        "rate", l.percent(r.attainmentRate()), "county", l.percent(county.get().attainmentRate())));
            }
        }

        List<Period> quarters = quartersSoFar(period);
        List<BranchComplianceRow> compliance = ctx.tables().branchCompliance().rows().stream()
                .filter(r -> quarters.contains(r.period())).toList();
        Map<String, Set<String>> failing = failingEveryQuarter(compliance, quarters);
        failing.forEach((unit, branches) -> add(reasons, unit,
                "branch_every_quarter", texts.get("reason.branch_every_quarter", "count", branches.size())));
        Map<String, Set<String>> branchesOf = compliance.stream().collect(Collectors.groupingBy(
                BranchComplianceRow::unitId, TreeMap::new, Collectors.mapping(BranchComplianceRow::branchId,
                        Collectors.toCollection(TreeSet::new))));
        OptionalDouble countyCadence = share(compliance);
        if (countyCadence.isPresent()) {
            compliance.stream().collect(Collectors.groupingBy(BranchComplianceRow::unitId, TreeMap::new,
                    Collectors.toList())).forEach((unit, rows) -> {
                        double s = share(rows).orElse(Double.NaN);
                        if ((countyCadence.getAsDouble() - s) * 100 >= rules.belowCountyPoints()) {
                            add(reasons, unit, "compliance_below", texts.get("reason.compliance_below",
                                    "rate", l.percent(s), "county", l.percent(countyCadence.getAsDouble())));
                        }
                    });
        }

        if (period.isYear()) {
            for (UnitObservationRow r : ctx.tables().report().observationByUnit().rows()) {
                if (r.period().equals(year) && r.neverObserved()) {
                    add(reasons, r.unitId(), "observation_never", texts.get("reason.observation_never",
                            "sessions", r.sessions()));
                }
            }
        }
        Map<String, String> units = ctx.tables().unitNames();
        Set<String> quarterLabels = quarters.stream().map(Period::toString).collect(Collectors.toSet());
        Map<String, Set<String>> reviewChecks = new TreeMap<>();
        Map<String, Set<String>> reviewQuarters = new TreeMap<>();
        for (DataQualityRow r : ctx.tables().acting().dataQuality().rows()) {
            // Only units of the directory: a set-aside event may name an organiser that does not exist.
            if (quarterLabels.contains(r.period()) && r.exceeds() && !UNPLACED.equals(r.unitId())
                    && (units.isEmpty() || units.containsKey(r.unitId()))
                    && !r.check().startsWith(DataQuality.SET_ASIDE + ":")) {
                reviewChecks.computeIfAbsent(r.unitId(), u -> new TreeSet<>()).add(r.check());
                reviewQuarters.computeIfAbsent(r.unitId(), u -> new TreeSet<>()).add(r.period());
            }
        }
        reviewChecks.forEach((unit, checks) -> add(reasons, unit, "data_quality", texts.get("reason.data_quality",
                "checks", checks.stream().map(c -> DataQualityChecks.label(l, c))
                        .collect(Collectors.joining(texts.get("value.list.separator"))))));

        List<UnitAttention> out = new ArrayList<>();
        reasons.forEach((unit, rs) -> {
            Set<String> actions = new LinkedHashSet<>();
            rs.forEach(r -> actions.add(texts.get("action." + r.code())));
            List<String> areas = AREAS.stream().filter(a -> rs.stream().anyMatch(r -> AREA.get(r.code()).equals(a)))
                    .toList();
            List<String> focus = new ArrayList<>();
            if (rs.stream().anyMatch(r -> r.code().equals("attainment_flagged"))) {
                focus.add(texts.get("focus.attainment_flagged"));
            }
            if (areas.size() >= rules.focusMinAreas()) {
                focus.add(texts.get("focus.areas", "count", areas.size(), "areas", areas.stream()
                        .map(a -> texts.get("area." + a)).collect(Collectors.joining(texts.get("value.list.separator")))));
            }
            int failingBranches = failing.getOrDefault(unit, Set.of()).size();
            int allBranches = branchesOf.getOrDefault(unit, Set.of()).size();
            if (failingBranches > 0 && failingBranches >= rules.focusBranchShare() * allBranches) {
                focus.add(texts.get("focus.branch_share", "failing", failingBranches, "branches", allBranches));
            }
            if (quarters.size() >= 2 && reviewQuarters.getOrDefault(unit, Set.of()).containsAll(quarterLabels)) {
                focus.add(texts.get("focus.data_quality_every_quarter"));
            }
            out.add(new UnitAttention(unit, l.unit(unit), rs, List.copyOf(actions), areas.size(), focus));
        });
        Comparator<UnitAttention> worstFirst = Comparator.comparing((UnitAttention u) -> !u.isFocus())
                .thenComparingInt(u -> -u.focus().size())
                .thenComparing(u -> !u.reasons().stream().anyMatch(r -> r.code().equals("attainment_flagged")))
                .thenComparingInt(u -> -u.areas())
                .thenComparingInt(u -> -u.reasons().size())
                .thenComparingDouble(u -> attainment.getOrDefault(u.unitId(), 2.0))
                .thenComparing(UnitAttention::unit, cn.jgdj.dashboards.text.NaturalOrder.INSTANCE)
                .thenComparing(UnitAttention::unitId);
        out.sort(worstFirst);
        return out;
    }

    /** The 重点关注 units the summary page lists: the focus units, at most the rules file's number. */
    public static List<UnitAttention> focus(List<UnitAttention> units, AttentionRules rules) {
        return units.stream().filter(UnitAttention::isFocus).limit(rules.focusMaxUnits()).toList();
    }

    /** The rules of 重点关注 in plain words, with the rules file's figures. */
    public static String focusRule(Texts texts, AttentionRules rules) {
        return texts.get("units.focus.rule", "areas", rules.focusMinAreas(), "share",
                Math.round(rules.focusBranchShare() * 100) + "%");
    }

    /** Branches (by unit) that were non-compliant in every quarter so far; needs at least two quarters of rows. */
    static Map<String, Set<String>> failingEveryQuarter(List<BranchComplianceRow> rows, List<Period> quarters) {
        Map<String, Set<String>> out = new TreeMap<>();
        Map<String, List<BranchComplianceRow>> byBranch = rows.stream()
                .collect(Collectors.groupingBy(BranchComplianceRow::branchId));
        byBranch.forEach((branch, list) -> {
            Set<Period> seen = list.stream().map(BranchComplianceRow::period).collect(Collectors.toSet());
            if (seen.size() >= 2 && seen.containsAll(quarters) && list.stream().noneMatch(BranchComplianceRow::compliant)) {
                out.computeIfAbsent(list.get(0).unitId(), u -> new TreeSet<>()).add(branch);
            }
        });
        return out;
    }

    /** The quarters of the period's year up to its end: all four for a year, Q1..Qn for a quarter. */
    static List<Period> quartersSoFar(Period period) {
        List<Period> all = period.yearPeriod().quarters();
        if (period.isYear()) {
            return all;
        }
        return all.subList(0, period.isQuarter() ? period.index() : (period.index() - 1) / 3 + 1);
    }

    private static OptionalDouble share(List<BranchComplianceRow> rows) {
        if (rows.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) rows.stream().filter(BranchComplianceRow::compliant).count() / rows.size());
    }

    private static void add(Map<String, List<Reason>> reasons, String unit, String code, String text) {
        reasons.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Reason(code, text));
    }
}

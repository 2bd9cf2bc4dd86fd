package cn.jgdj.generator;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planted truth: which member groups are deliberately under-served and by how much. Each outcome has a
 * county baseline failure rate; a planted group raises it (independently per planted attribute a member has).
 * Units of the same type as a planted unit get a lower baseline, so the unit_type groups stay at the county
 * average and only the planted unit shows the gap.
 */
final class UnderServedPlan {

    static final int NOT_ENGAGED = 0;
    static final int MISSED = 1;
    static final int NO_VOLUNTEERING = 2;
    static final int NO_PLATFORM = 3;
    static final int OUTCOMES = 4;

    /** County failure rates: member-years lagging or missing training, without volunteering, without platform use. */
    static final double[] BASE = {0.11, 0.025, 0.45, 0.10};
    /** How much a planted attribute raises each failure rate: fail = 1 - (1 - base)(1 - raise). */
    static final double[] RAISE = {0.40, 0.22, 0.60, 0.50};

    static final String OLD_BAND = ">=56";

    final List<PlantedGroup> groups;
    final int[] plantedUnits;
    /** Per unit and outcome: baseline failure rate and raise (0 unless the unit is planted for that outcome). */
    final double[][] unitBase;
    final double[][] unitRaise;

    private UnderServedPlan(List<PlantedGroup> groups, int[] plantedUnits, double[][] unitBase, double[][] unitRaise) {
        this.groups = groups;
        this.plantedUnits = plantedUnits;
        this.unitBase = unitBase;
        this.unitRaise = unitRaise;
    }

    static final boolean[] OLD_OUTCOMES = {true, true, false, true};
    static final boolean[] MOBILE_OUTCOMES = {true, true, true, false};
    static final boolean[] IMPAIRED_OUTCOMES = {true, true, true, false};
    /**
     * Outcomes of the first, second and third planted unit (agency, institution, agency): two units with low
     * attendance, one with low volunteering and platform use. Reach is planted only in the largest unit type,
     * and attainment in one unit per type: otherwise the low baselines leave too little room to compensate the
     * type's other units.
     */
    static final boolean[][] UNIT_OUTCOMES = {
        {true, true, false, false},
        {true, false, true, false},
        {false, false, true, true}};

    /** Plans the county; {@code membersPerUnit} weighs the unit-type compensation by actual unit sizes. */
    static UnderServedPlan plan(County county, int[] membersPerUnit) {
        int[] planted = chooseUnits(county, membersPerUnit);
        int n = county.units.size();
        double[][] base = new double[n][OUTCOMES];
        double[][] raise = new double[n][OUTCOMES];
        for (int u = 0; u < n; u++) {
            base[u] = BASE.clone();
        }
        for (int i = 0; i < planted.length; i++) {
            for (int o = 0; o < OUTCOMES; o++) {
                if (UNIT_OUTCOMES[i][o]) {
                    raise[planted[i]][o] = RAISE[o];
                }
            }
        }
        compensateUnitTypes(county, membersPerUnit, base, raise);
        List<PlantedGroup> groups = new ArrayList<>();
        groups.add(group(Dimensions.AGE_BAND, OLD_BAND, OLD_OUTCOMES));
        groups.add(group(Dimensions.MOBILE, "true", MOBILE_OUTCOMES));
        groups.add(group(Dimensions.MOBILITY_IMPAIRED, "true", IMPAIRED_OUTCOMES));
        for (int i = 0; i < planted.length; i++) {
            groups.add(group(Dimensions.UNIT, county.units.get(planted[i]).id(), UNIT_OUTCOMES[i]));
        }
        return new UnderServedPlan(List.copyOf(groups), planted, base, raise);
    }

    /**
     * Up to three fairly large units (never the work committee): agency, institution, agency, so no single small
     * unit type carries the whole effect.
     */
    private static int[] chooseUnits(County county, int[] size) {
        int n = county.units.size();
        int want = n >= 12 ? 3 : n >= 6 ? 2 : 1;
        String[] typeOrder = {"agency", "institution", "agency"};
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < want; i++) {
            String type = typeOrder[i];
            List<County.Unit> sameType = county.units.stream()
                    .filter(u -> u.index() != County.WORK_COMMITTEE && !chosen.contains(u.index()))
                    .filter(u -> u.type().equals(type)).sorted(Comparator.comparingInt(u -> size[u.index()]))
                    .toList();
            if (sameType.isEmpty()) {
                sameType = county.units.stream()
                        .filter(u -> u.index() != County.WORK_COMMITTEE && !chosen.contains(u.index()))
                        .sorted(Comparator.comparingInt(u -> size[u.index()])).toList();
            }
            if (sameType.isEmpty()) {
                break;
            }
            // Around the 70th size percentile: big enough to test, not the type's largest.
            chosen.add(sameType.get((int) Math.floor(sameType.size() * 0.7)).index());
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void compensateUnitTypes(County county, int[] size, double[][] base, double[][] raise) {
        Map<String, double[]> plantedShare = new LinkedHashMap<>();
        Map<String, double[]> plantedFail = new LinkedHashMap<>();
        Map<String, Double> typeShare = new LinkedHashMap<>();
        for (County.Unit u : county.units) {
            typeShare.merge(u.type(), (double) size[u.index()], Double::sum);
            for (int o = 0; o < OUTCOMES; o++) {
                if (raise[u.index()][o] > 0) {
                    plantedShare.computeIfAbsent(u.type(), k -> new double[OUTCOMES])[o] += size[u.index()];
                    plantedFail.computeIfAbsent(u.type(), k -> new double[OUTCOMES])[o] +=
                            size[u.index()] * combine(BASE[o], raise[u.index()][o]);
                }
            }
        }
        for (County.Unit u : county.units) {
            double[] ps = plantedShare.get(u.type());
            if (ps == null) {
                continue;
            }
            for (int o = 0; o < OUTCOMES; o++) {
                if (raise[u.index()][o] > 0 || ps[o] == 0) {
                    continue;
                }
                double total = typeShare.get(u.type());
                double s = ps[o] / total;
                if (s >= 0.95) {
                    continue;
                }
                double plantedRate = plantedFail.get(u.type())[o] / ps[o];
                double f = (BASE[o] - s * plantedRate) / (1 - s);
                base[u.index()][o] = Math.max(BASE[o] * 0.15, Math.min(BASE[o], f));
            }
        }
    }

    static double combine(double base, double raise) {
        return 1 - (1 - base) * (1 - raise);
    }

    private static PlantedGroup group(String dimension, String group, boolean[] outcomes) {
        List<String> indicators = new ArrayList<>();
        Map<String, Integer> gaps = new LinkedHashMap<>();
        StringBuilder effect = new StringBuilder();
        if (outcomes[NOT_ENGAGED]) {
            indicators.add(UnderServed.ATTAINMENT);
            gaps.put(UnderServed.ATTAINMENT, gap(NOT_ENGAGED));
            effect.append("lagging (attending 5-25 % of sessions) or missing training raised from ")
                    .append(pct(BASE[NOT_ENGAGED])).append(" to ").append(pct(combine(BASE[NOT_ENGAGED],
                            RAISE[NOT_ENGAGED]))).append(" of member-years");
        }
        if (outcomes[MISSED]) {
            indicators.add(UnderServed.REACH);
            gaps.put(UnderServed.REACH, gap(MISSED));
            effect.append(effect.isEmpty() ? "" : "; ").append("missing all training raised from ")
                    .append(pct(BASE[MISSED])).append(" to ").append(pct(combine(BASE[MISSED], RAISE[MISSED])));
        }
        if (outcomes[NO_VOLUNTEERING]) {
            indicators.add(UnderServed.VOLUNTEER_PARTICIPATION);
            gaps.put(UnderServed.VOLUNTEER_PARTICIPATION, gap(NO_VOLUNTEERING));
            effect.append(effect.isEmpty() ? "" : "; ").append("volunteering in a year lowered from ")
                    .append(pct(1 - BASE[NO_VOLUNTEERING])).append(" to ")
                    .append(pct(1 - combine(BASE[NO_VOLUNTEERING], RAISE[NO_VOLUNTEERING])));
        }
        if (outcomes[NO_PLATFORM]) {
            indicators.add(UnderServed.PLATFORM_ACTIVITY);
            gaps.put(UnderServed.PLATFORM_ACTIVITY, gap(NO_PLATFORM));
            effect.append(effect.isEmpty() ? "" : "; ").append("any platform use in a year lowered from ")
                    .append(pct(1 - BASE[NO_PLATFORM])).append(" to ")
                    .append(pct(1 - combine(BASE[NO_PLATFORM], RAISE[NO_PLATFORM])));
        }
        return new PlantedGroup(dimension, group, List.copyOf(indicators), effect.toString(), gaps);
    }

    /** The approximate gap in percentage points of a planted group against a county at baseline. */
    private static int gap(int outcome) {
        return (int) -Math.round((combine(BASE[outcome], RAISE[outcome]) - BASE[outcome]) * 100);
    }

    private static String pct(double x) {
        return Math.round(x * 1000) / 10.0 + " %";
    }
}

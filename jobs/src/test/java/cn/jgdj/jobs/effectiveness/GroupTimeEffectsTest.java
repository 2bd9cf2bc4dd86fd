package cn.jgdj.jobs.effectiveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Group-time effects on a panel of three months (0, 1, 2) and two cohorts, worked out by hand:
 * <pre>
 *   cohort 1: A1 = 1 4 6, A2 = 3 4 8      cohort 2: B1 = 2 3 7, B2 = 0 1 5      never: N1 = 1 2 2, N2 = 5 5 8
 *   ATT(1, e=0): treated (3 + 1)/2 = 2, comparison B1 1, B2 1, N1 1, N2 0 → 0.75;   ATT = 1.25
 *   ATT(1, e=1): treated (5 + 5)/2 = 5, comparison (cohort 2 now treated) N1 1, N2 3 → 2;   ATT = 3
 *   ATT(2, e=0): treated (4 + 4)/2 = 4, comparison N1 0, N2 3 → 1.5;   ATT = 2.5
 *   ATT(2, e=-1): month 1 − month 0: treated (1 + 1)/2 = 1, comparison N1 1, N2 0 → 0.5 (cohort 1 is treated
 *                 by month 1, so not a comparison);   ATT = 0.5
 *   event study: e=-1 0.5; e=0 (2·1.25 + 2·2.5)/4 = 1.875; e=1 3;  overall (e = 1…3) = 3
 * </pre>
 */
class GroupTimeEffectsTest {
    static final int MONTHS = 3;
    private static final int E0 = -Effectiveness.FIRST_EVENT_TIME;

    static PanelMember member(String branch, String role, int cohort, double... y) {
        int[] first = {cohort, PanelMember.NEVER, PanelMember.NEVER, PanelMember.NEVER};
        return new PanelMember(branch, "agency", role, first, new double[][] {y, y, y});
    }

    static List<PanelMember> twoCohorts() {
        return List.of(member("b1", "ordinary", 1, 1, 4, 6), member("b2", "ordinary", 1, 3, 4, 8),
                member("b1", "ordinary", 2, 2, 3, 7), member("b2", "ordinary", 2, 0, 1, 5),
                member("b3", "ordinary", PanelMember.NEVER, 1, 2, 2),
                member("b3", "ordinary", PanelMember.NEVER, 5, 5, 8));
    }

    static CellSums sums(List<PanelMember> members) {
        return CellSums.of(members, 0, 0, MONTHS, Effectiveness.FIRST_EVENT_TIME, Effectiveness.LAST_EVENT_TIME,
                Effectiveness.OVERALL_FROM, Effectiveness.OVERALL_TO);
    }

    @Test
    void groupTimeEffectsOfTwoCohorts() {
        CellSums s = sums(twoCohorts());
        assertArrayEquals(new int[] {1, 2}, s.cohorts);
        double[][][] gt = GroupTimeEffects.groupTime(s, s.totals(null));
        assertEquals(1.25, gt[0][0][E0], 1e-12);
        assertEquals(3.0, gt[0][0][E0 + 1], 1e-12);
        assertEquals(2.5, gt[0][1][E0], 1e-12);
        assertEquals(0.5, gt[0][1][E0 - 1], 1e-12);
        assertTrue(Double.isNaN(gt[0][0][E0 - 1]), "cohort 1 has no month before its base month");
        assertTrue(Double.isNaN(gt[0][1][E0 + 1]), "month 3 is outside the panel");
        assertEquals(2.0, gt[1][0][E0]);
    }

    @Test
    void eventStudyAndOverall() {
        CellSums s = sums(twoCohorts());
        double[] es = GroupTimeEffects.eventStudy(s, s.totals(null), 1, 3);
        assertEquals(0.5, es[E0 - 1], 1e-12);
        assertEquals(1.875, es[E0], 1e-12);
        assertEquals(3.0, es[E0 + 1], 1e-12);
        assertTrue(Double.isNaN(es[E0 + 2]));
        assertEquals(3.0, es[s.eventTimes], 1e-12);
        assertEquals(4, s.treatedAt[E0]);
        assertEquals(4, s.comparisonAt[E0], "B1, B2, N1, N2, each once");
        assertEquals(2, s.comparisonAt[E0 + 1]);
        assertEquals(2, s.overallTreated);
        assertEquals(2, s.overallComparison);
    }

    /**
     * A second stratum (another role) with one cohort-1 member C1 = 0 2 2 and one never-treated M1 = 0 0 0:
     * ATT_s(1, 0) = 2 − 0 = 2 and ATT_s(1, 1) = 2 − 0 = 2, combined by treated counts with the first stratum:
     * ATT(1, 0) = (2·1.25 + 1·2)/3 = 1.5, ATT(1, 1) = (2·3 + 1·2)/3 = 8/3. Comparisons stay within the stratum,
     * and a member missing a month (N2 in month 1) leaves the cells that need that month.
     */
    @Test
    void strataAreComparedWithinAndWeightedByTreated() {
        List<PanelMember> members = new ArrayList<>(twoCohorts());
        members.add(member("b4", "secretary", 1, 0, 2, 2));
        members.add(member("b4", "secretary", PanelMember.NEVER, 0, 0, 0));
        CellSums s = sums(members);
        double[][][] gt = GroupTimeEffects.groupTime(s, s.totals(null));
        assertEquals(1.5, gt[0][0][E0], 1e-12);
        assertEquals(8.0 / 3, gt[0][0][E0 + 1], 1e-12);
        assertEquals(2.5, gt[0][1][E0], 1e-12, "the second stratum has no cohort 2");

        members.set(5, member("b3", "ordinary", PanelMember.NEVER, 5, Double.NaN, 8));
        CellSums gap = sums(members.subList(0, 6));
        double[][][] g2 = GroupTimeEffects.groupTime(gap, gap.totals(null));
        // ATT(1, 0): comparison B1 1, B2 1, N1 1 → 1; 2 − 1 = 1. ATT(1, 1) uses months 0 and 2: unchanged, 3.
        assertEquals(1.0, g2[0][0][E0], 1e-12);
        assertEquals(3.0, g2[0][0][E0 + 1], 1e-12);
    }

    @Test
    void bootstrapIsDeterministicForASeed() {
        List<PanelMember> members = new ArrayList<>();
        for (int b = 0; b < 12; b++) {
            for (PanelMember m : twoCohorts()) {
                double[] y = m.outcomes()[0].clone();
                y[2] += b % 3;
                members.add(new PanelMember("b" + b + m.branch(), m.unitType(), m.role(), m.firstTreated(),
                        new double[][] {y, y, y}));
            }
        }
        CellSums s = sums(members);
        double[][] a = ClusterBootstrap.intervals(s, 499, 7L, 1, 3);
        double[][] b = ClusterBootstrap.intervals(s, 499, 7L, 1, 3);
        double[][] c = ClusterBootstrap.intervals(s, 499, 8L, 1, 3);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
        assertNotEquals(a[0][E0], c[0][E0]);
        double[] point = GroupTimeEffects.eventStudy(s, s.totals(null), 1, 3);
        for (int e : new int[] {E0 - 1, E0, E0 + 1, s.eventTimes}) {
            assertTrue(a[0][e] <= point[e] && point[e] <= a[1][e], "interval " + e + " holds the estimate");
        }
    }

    @Test
    void quantileInterpolatesLikeNumpy() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertEquals(1.1, ClusterBootstrap.quantile(sorted, 0.025), 1e-12);
        assertEquals(4.9, ClusterBootstrap.quantile(sorted, 0.975), 1e-12);
    }

    @Test
    void tooFewTreatedOrComparisonMembersAreSuppressedNotEstimated() {
        // Overall window (e = 1): 2 treated, 2 comparison. Minimum 3 suppresses the whole program × outcome.
        List<EffectRow> rows = new EffectEstimates(499, 1L, 3).rows(twoCohorts(), MONTHS);
        List<EffectRow> all = rows.stream().filter(r -> r.program().equals(Effectiveness.PROGRAMS.get(0))
                && r.outcome().equals(Effectiveness.OUTCOMES.get(0)) && r.dimension().equals(Dimensions.ALL)).toList();
        assertEquals(Effectiveness.LAST_EVENT_TIME - Effectiveness.FIRST_EVENT_TIME + 2, all.size());
        for (EffectRow r : all) {
            assertTrue(r.suppressed(), r.toString());
            assertNull(r.att());
            assertNull(r.ciLow());
        }
        EffectRow e0 = all.get(E0);
        assertEquals("0", e0.eventTime());
        assertEquals(4, e0.treated());

        // Minimum 2: shown; event time 0 carries the hand-computed 1.875, event time 2 has nobody (suppressed).
        List<EffectRow> shown = new EffectEstimates(499, 1L, 2).rows(twoCohorts(), MONTHS).stream()
                .filter(r -> r.program().equals(Effectiveness.PROGRAMS.get(0))
                        && r.outcome().equals(Effectiveness.OUTCOMES.get(0)) && r.dimension().equals(Dimensions.ALL))
                .toList();
        assertEquals(1.875, shown.get(E0).att(), 1e-12);
        assertEquals(3.0, shown.get(E0 + 1).att(), 1e-12);
        assertTrue(shown.get(E0 + 2).suppressed());
        assertEquals(Effectiveness.OVERALL, shown.get(shown.size() - 1).eventTime());
        assertEquals(3.0, shown.get(shown.size() - 1).att(), 1e-12);
        // Programs nobody attended: suppressed throughout.
        assertTrue(new EffectEstimates(499, 1L, 2).rows(twoCohorts(), MONTHS).stream()
                .filter(r -> r.program().equals(Effectiveness.PROGRAMS.get(1))).allMatch(EffectRow::suppressed));
    }
}

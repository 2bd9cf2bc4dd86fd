package cn.jgdj.jobs.effectiveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The estimate's rows do not depend on how the work is shared out: the three outcomes of a program summed in one
 * walk, the draws shared between them, and the tasks spread over threads give, bit for bit, what each program ×
 * outcome gives computed alone on one thread. Rates (thirds, sevenths) make the sums order-sensitive in their last
 * bits, so a changed order of additions would show.
 */
class EffectEstimatesThreadsTest {
    private static final int MONTHS = 12;

    /** 500 members in 30 branches, 2 unit types × 3 roles, four programs' cohorts, missing months. */
    static List<PanelMember> panel() {
        SplittableRandom random = new SplittableRandom(11);
        String[] unitTypes = {"agency", "institution"};
        String[] roles = {"ordinary", "secretary", "committee"};
        List<PanelMember> members = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int branch = random.nextInt(30);
            int[] first = new int[Effectiveness.PROGRAMS.size()];
            for (int p = 0; p < first.length; p++) {
                first[p] = random.nextInt(3) == 0 ? random.nextInt(MONTHS) : PanelMember.NEVER;
            }
            double[][] y = new double[Effectiveness.OUTCOMES.size()][MONTHS];
            for (int m = 0; m < MONTHS; m++) {
                y[0][m] = random.nextInt(20);
                y[1][m] = random.nextInt(5) == 0 ? Double.NaN : random.nextInt(4) / 3.0 + random.nextInt(2) / 7.0;
                y[2][m] = random.nextInt(2);
            }
            int lastMonth = 6 + random.nextInt(MONTHS - 6);
            for (double[] o : y) {
                Arrays.fill(o, lastMonth, MONTHS, Double.NaN);
            }
            members.add(new PanelMember("b" + branch, unitTypes[branch % 2], roles[random.nextInt(3)], first, y));
        }
        members.sort(PanelMember.CONTENT_ORDER);
        return members;
    }

    /**
     * The rows on one thread and on three are equal, and each program × outcome of the `all` group equals its
     * sums, point estimates and intervals computed alone.
     */
    @Test
    void rowsEqualEachEstimateAloneOnAnyNumberOfThreads() {
        List<PanelMember> members = panel();
        EffectEstimates estimates = new EffectEstimates(EffectEstimates.MIN_DRAWS, 7L, 10);
        List<EffectRow> rows = estimates.rows(members, MONTHS, 1);
        // 4 programs × 3 outcomes × (all, 2 unit types, 3 roles) × (10 event times + overall)
        assertEquals(4 * 3 * 6 * 11, rows.size());
        assertTrue(rows.stream().filter(r -> !r.suppressed()).count() > 100, "most cells are estimated");
        // Record equality compares the Doubles bit for bit.
        assertEquals(rows, estimates.rows(members, MONTHS, 3));

        int[] outcomes = {0, 1, 2};
        int checked = 0;
        for (int p = 0; p < Effectiveness.PROGRAMS.size(); p++) {
            CellSums[] together = CellSums.of(members, p, outcomes, MONTHS, Effectiveness.FIRST_EVENT_TIME,
                    Effectiveness.LAST_EVENT_TIME, Effectiveness.OVERALL_FROM, Effectiveness.OVERALL_TO);
            for (int o : outcomes) {
                CellSums alone = CellSums.of(members, p, o, MONTHS, Effectiveness.FIRST_EVENT_TIME,
                        Effectiveness.LAST_EVENT_TIME, Effectiveness.OVERALL_FROM, Effectiveness.OVERALL_TO);
                assertArrayEquals(alone.totals(null), together[o].totals(null));
                assertArrayEquals(alone.treatedAt, together[o].treatedAt);
                assertArrayEquals(alone.comparisonAt, together[o].comparisonAt);
                assertEquals(alone.overallTreated, together[o].overallTreated);
                assertEquals(alone.overallComparison, together[o].overallComparison);
                double[] att = GroupTimeEffects.eventStudy(alone, alone.totals(null), Effectiveness.OVERALL_FROM,
                        Effectiveness.OVERALL_TO);
                double[][] bounds = ClusterBootstrap.intervals(alone, EffectEstimates.MIN_DRAWS, 7L,
                        Effectiveness.OVERALL_FROM, Effectiveness.OVERALL_TO);
                String program = Effectiveness.PROGRAMS.get(p);
                String outcome = Effectiveness.OUTCOMES.get(o);
                List<EffectRow> estimated = rows.stream().filter(r -> r.program().equals(program)
                        && r.outcome().equals(outcome) && r.dimension().equals(Dimensions.ALL)).toList();
                assertEquals(att.length, estimated.size());
                for (int j = 0; j < att.length; j++) {
                    EffectRow r = estimated.get(j);
                    if (!r.suppressed() && r.att() != null) {
                        // Double.equals: the same bits.
                        assertEquals(Double.valueOf(att[j]), r.att(), r.toString());
                        assertEquals(finite(bounds[0][j]), r.ciLow(), r.toString());
                        assertEquals(finite(bounds[1][j]), r.ciHigh(), r.toString());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50, "estimated rows compared: " + checked);
    }

    private static Double finite(double v) {
        return Double.isNaN(v) ? null : v;
    }

    @Test
    void largestFirstKeepsTheTasksOrderAndPassesOnAFailure() {
        List<Integer> sizes = List.of(3, 9, 1, 7, 7, 2);
        assertEquals(List.of(6, 18, 2, 14, 14, 4), LargestFirst.map(sizes, i -> i, i -> 2 * i, 3));
        assertEquals(List.of(6, 18, 2, 14, 14, 4), LargestFirst.map(sizes, i -> i, i -> 2 * i, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LargestFirst.map(sizes, i -> i, i -> {
                    if (i == 7) {
                        throw new IllegalArgumentException("task " + i);
                    }
                    return i;
                }, 2));
        assertEquals("task 7", e.getMessage());
    }
}

package cn.jgdj.jobs.effectiveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Runs of cells, worked out by hand: 2 values per cell, touched cells 1, 2, 5, 9 and a gap of 3 cells ending a
 * run. Cells 2 → 5 leave 2 untouched cells between them (stay in one run), 5 → 9 leave 3 (a new run): runs are
 * cells 1…5 (value indices 2…12, with zeros for cells 3 and 4) and cell 9 (indices 18…20).
 */
class BranchRunsTest {
    private static double[] scratch() {
        double[] s = new double[20];
        s[2] = 1.5; // cell 1
        s[3] = 1;
        s[4] = -2; // cell 2
        s[5] = 2;
        s[10] = 0.25; // cell 5
        s[11] = 1;
        s[18] = 7; // cell 9
        s[19] = 3;
        return s;
    }

    @Test
    void touchedCellsPackIntoRunsSplitAtGaps() {
        BranchRuns r = BranchRuns.pack(scratch(), new int[] {1, 2, 5, 9}, 2, 3);
        assertArrayEquals(new int[] {2, 18}, r.starts);
        assertArrayEquals(new int[] {12, 20}, r.ends);
        assertArrayEquals(new double[] {1.5, 1, -2, 2, 0, 0, 0, 0, 0.25, 1, 7, 3}, r.values);

        BranchRuns apart = BranchRuns.pack(scratch(), new int[] {1, 2, 5, 9}, 2, 1);
        assertArrayEquals(new int[] {2, 10, 18}, apart.starts, "every gap ends a run");
        assertArrayEquals(new int[] {6, 12, 20}, apart.ends);
        assertEquals(0, BranchRuns.pack(scratch(), new int[0], 2, 3).starts.length);
    }

    @Test
    void addsWeightTimesItsValuesInPlace() {
        BranchRuns r = BranchRuns.pack(scratch(), new int[] {1, 2, 5, 9}, 2, 3);
        double[] run = new double[20];
        r.placeIn(run);
        assertArrayEquals(scratch(), run);
        double[] totals = new double[20];
        totals[4] = 1;
        r.addTo(totals, run, 3);
        double[] expected = new double[20];
        expected[2] = 4.5;
        expected[3] = 3;
        expected[4] = 1 - 6;
        expected[5] = 6;
        expected[10] = 0.75;
        expected[11] = 3;
        expected[18] = 21;
        expected[19] = 9;
        assertArrayEquals(expected, totals);
    }

    /**
     * The bootstrap's blocked totals equal, bit for bit, the sums of each draw taken cell by cell in branch order
     * (the order of the estimator's definition); rates make the sums order-sensitive in their last bits.
     */
    @Test
    void blockedDrawTotalsEqualBranchOrderSumsExactly() {
        SplittableRandom random = new SplittableRandom(5);
        List<PanelMember> members = new ArrayList<>();
        String[] roles = {"ordinary", "secretary", "leader"};
        for (int i = 0; i < 300; i++) {
            double[] y = new double[6];
            for (int m = 0; m < y.length; m++) {
                y[m] = random.nextInt(7) / 3.0;
            }
            int cohort = random.nextInt(4) == 0 ? PanelMember.NEVER : 1 + random.nextInt(5);
            members.add(new PanelMember("b" + random.nextInt(40), "agency", roles[random.nextInt(3)],
                    new int[] {cohort, PanelMember.NEVER, PanelMember.NEVER, PanelMember.NEVER},
                    new double[][] {y, y, y}));
        }
        CellSums s = CellSums.of(members, 0, 0, 6, -3, 6, 1, 3);
        int nb = s.branches.length;
        int[][] weights = new int[5][nb];
        for (int[] w : weights) {
            for (int i = 0; i < nb; i++) {
                w[random.nextInt(nb)]++;
            }
        }
        double[][] blocked = s.drawTotals(weights);
        for (int d = 0; d < weights.length; d++) {
            double[] expected = new double[s.cells() * CellSums.VALUES];
            for (int b = 0; b < nb; b++) {
                double[] one = s.drawTotals(new int[][] {unit(nb, b)})[0];
                for (int j = 0; j < expected.length; j++) {
                    if (one[j] != 0) {
                        expected[j] += weights[d][b] * one[j];
                    }
                }
            }
            assertArrayEquals(expected, blocked[d], "draw " + d);
            assertArrayEquals(blocked[d], s.totals(weights[d]));
        }
    }

    private static int[] unit(int n, int at) {
        int[] w = new int[n];
        w[at] = 1;
        return w;
    }
}

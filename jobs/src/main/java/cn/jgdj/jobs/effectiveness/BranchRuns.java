package cn.jgdj.jobs.effectiveness;

import java.util.Arrays;

/**
 * One branch's values in the cells it contributes to, packed as runs of neighbouring cells (a gap of fewer than
 * {@code gapCells} untouched cells stays inside a run, as zeros). The bootstrap adds a branch's values to the
 * totals of many draws; over a run this is one loop over one index, {@code t[j] += w × run[j]}, which the JIT
 * compiles to vector instructions, where a loop over a list of cells stays scalar.
 *
 * <p>Adding a run's zeros leaves the totals unchanged (x + 0.0 is x for every total, which starts at +0.0 and
 * never becomes −0.0), so the totals are exactly those of adding the touched cells alone.
 */
final class BranchRuns {
    /** Untouched cells inside a run cost a few additions; a new run costs a loop start. Eight keeps both small. */
    static final int GAP_CELLS = 8;

    /** Per run, its first value's index in the totals and the index after its last value. */
    final int[] starts;
    final int[] ends;
    /** The runs' values back to back. */
    final double[] values;

    private BranchRuns(int[] starts, int[] ends, double[] values) {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
    }

    /**
     * Packs the touched cells' values out of a scratch array laid out like the totals.
     *
     * @param scratch       values per cell, {@code valuesPerCell} each, zero in untouched cells
     * @param touched       the touched cells, ascending
     * @param valuesPerCell values stored per cell
     * @param gapCells      untouched cells that end a run
     */
    static BranchRuns pack(double[] scratch, int[] touched, int valuesPerCell, int gapCells) {
        int[] starts = new int[touched.length];
        int[] ends = new int[touched.length];
        int runs = 0;
        int size = 0;
        for (int i = 0; i < touched.length; i++) {
            if (runs > 0 && touched[i] - touched[i - 1] - 1 < gapCells) {
                size -= ends[runs - 1];
                ends[runs - 1] = (touched[i] + 1) * valuesPerCell;
                size += ends[runs - 1];
            } else {
                starts[runs] = touched[i] * valuesPerCell;
                ends[runs] = (touched[i] + 1) * valuesPerCell;
                size += valuesPerCell;
                runs++;
            }
        }
        double[] values = new double[size];
        int at = 0;
        for (int r = 0; r < runs; r++) {
            System.arraycopy(scratch, starts[r], values, at, ends[r] - starts[r]);
            at += ends[r] - starts[r];
        }
        return new BranchRuns(Arrays.copyOf(starts, runs), Arrays.copyOf(ends, runs), values);
    }

    /** Writes each run's values to its indices of {@code run} (a scratch array laid out like the totals). */
    void placeIn(double[] run) {
        int at = 0;
        for (int r = 0; r < starts.length; r++) {
            System.arraycopy(values, at, run, starts[r], ends[r] - starts[r]);
            at += ends[r] - starts[r];
        }
    }

    /** totals += weight × this branch's values, given {@code run} as filled by {@link #placeIn}. */
    void addTo(double[] totals, double[] run, int weight) {
        double w = weight;
        for (int r = 0; r < starts.length; r++) {
            for (int j = starts[r], end = ends[r]; j < end; j++) {
                totals[j] += w * run[j];
            }
        }
    }
}

package cn.jgdj.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which flaws to plant in one file and when: a budget of 0.7 % of the file's expected clean rows (so estimate errors stay under 1 %),
 * a few per kind (about 0.03 % of rows each, at least one while the budget lasts), spread at random through
 * the stream; whatever has not come due when the stream ends is planted at the end by the writer.
 */
final class DirtSchedule {
    static final double BUDGET_SHARE = 0.007;
    static final double PER_KIND_SHARE = 0.0003;

    private final List<Flaw> pending;
    private final long opportunities;
    private long seen;

    private DirtSchedule(List<Flaw> pending, long opportunities) {
        this.pending = pending;
        this.opportunities = Math.max(1, opportunities);
    }

    /** Plans the kinds in priority order for a file expected to hold {@code expectedRows} clean rows. */
    static DirtSchedule plan(long expectedRows, SplittableRandom r, Flaw... kinds) {
        return plan(expectedRows, expectedRows, r, kinds);
    }

    /**
     * As {@link #plan(long, SplittableRandom, Flaw...)}, for a writer that polls once per
     * {@code opportunities} (e.g. once per event rather than once per attendance row).
     */
    static DirtSchedule plan(long expectedRows, long opportunities, SplittableRandom r, Flaw... kinds) {
        long budget = (long) Math.floor(expectedRows * BUDGET_SHARE);
        int perKind = (int) Math.max(1, Math.round(expectedRows * PER_KIND_SHARE));
        List<Flaw> planned = new ArrayList<>();
        long used = 0;
        for (Flaw k : kinds) {
            for (int i = 0; i < perKind; i++) {
                if (used + k.rowsPerPlanting() > budget) {
                    break;
                }
                planned.add(k);
                used += k.rowsPerPlanting();
            }
        }
        // Shuffle so the kinds interleave through the file.
        for (int i = planned.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Flaw t = planned.get(i);
            planned.set(i, planned.get(j));
            planned.set(j, t);
        }
        return new DirtSchedule(planned, opportunities);
    }

    static DirtSchedule none() {
        return new DirtSchedule(new ArrayList<>(), 1);
    }

    /** Called once per opportunity (a clean row written); returns the flaw to plant now, or null. */
    Flaw poll(SplittableRandom r) {
        seen++;
        if (pending.isEmpty()) {
            return null;
        }
        long left = Math.max(1, opportunities - seen);
        // Aim to finish at about 90 % of the stream so the end-of-file flush is rare.
        double p = pending.size() / (left * 0.9);
        if (r.nextDouble() < p) {
            return pending.remove(pending.size() - 1);
        }
        return null;
    }

    /** Puts a flaw back when the current opportunity cannot host it. */
    void putBack(Flaw f) {
        pending.add(0, f);
    }

    /** The flaws not planted yet; empties the schedule. */
    List<Flaw> drain() {
        List<Flaw> rest = new ArrayList<>(pending);
        pending.clear();
        return rest;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }
}

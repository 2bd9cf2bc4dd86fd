package cn.jgdj.jobs.effectiveness;

import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the estimate once on a small made-up panel, so that the JIT has compiled its loops (the bootstrap's
 * additions above all) before the real panel arrives. The job starts it on a thread of its own while Spark builds
 * the panel, whose last stages keep one core busy at a time on a county; the real estimate, the task's largest piece
 * of driver time, then runs compiled from its first draw instead of interpreted and profiled first. The made-up
 * rows are thrown away: nothing of them reaches the table.
 */
final class EstimateWarmUp {
    private EstimateWarmUp() {
    }

    /** Members, branches and months of the made-up panel: enough calls for the JIT, a fraction of a second. */
    static final int MEMBERS = 150;
    static final int BRANCHES = 12;
    static final int MONTHS = 12;

    /** The estimate over the made-up panel, on the calling thread; its rows (for tests: never used). */
    static List<EffectRow> run() {
        return new EffectEstimates(EffectEstimates.MIN_DRAWS, 1L, 1).rows(panel(), MONTHS, 1);
    }

    /** A thread running {@link #run()}, already started; join it before the real estimate. */
    static Thread start() {
        Thread t = new Thread(EstimateWarmUp::run, "effect-estimates-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for a warm-up thread (the real estimate should not share the cores with it). */
    static void await(Thread warmUp) {
        try {
            warmUp.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the estimate's warm-up", e);
        }
    }

    /** Members over branches of two unit types and three roles, cohorts in every program, missing months, rates. */
    static List<PanelMember> panel() {
        SplittableRandom random = new SplittableRandom(7);
        String[] unitTypes = {"a", "b"};
        String[] roles = {"r1", "r2", "r3"};
        List<PanelMember> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            int branch = random.nextInt(BRANCHES);
            int[] first = new int[Effectiveness.PROGRAMS.size()];
            for (int p = 0; p < first.length; p++) {
                first[p] = random.nextInt(3) == 0 ? random.nextInt(MONTHS) : PanelMember.NEVER;
            }
            double[][] y = new double[Effectiveness.OUTCOMES.size()][MONTHS];
            for (double[] outcome : y) {
                for (int m = 0; m < MONTHS; m++) {
                    outcome[m] = random.nextInt(6) == 0 ? Double.NaN : random.nextInt(12) / 3.0;
                }
            }
            members.add(new PanelMember("b" + branch, unitTypes[branch % 2], roles[random.nextInt(3)], first, y));
        }
        members.sort(PanelMember.CONTENT_ORDER);
        return members;
    }
}

package cn.jgdj.jobs.effectiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.testing.StatsVenv;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java group-time estimator against the reference implementation: csdid 0.4.3 (the Python port of the
 * authors' R package did) on a generated balanced panel (one stratum, not-yet-treated comparisons, no covariates,
 * varying base period). Every ATT(g, t) and every event-study effect in −3 … +6 must agree to 1e-6.
 */
@Tag("integration")
class CsdidCrossCheckIT {
    private static final int MEMBERS = 400;
    private static final int MONTHS = 9;
    /** Cohorts as panel month indexes (csdid period = index + 1); NEVER for members never treated. */
    private static final int[] COHORTS = {PanelMember.NEVER, 1, 2, 3, 5, 7};

    @TempDir
    Path dir;

    @Test
    void pointEstimatesEqualCsdids() throws Exception {
        Path python = StatsVenv.python();
        List<PanelMember> members = panel();
        Path csv = dir.resolve("panel.csv");
        StringBuilder b = new StringBuilder("id,t,g,y\n");
        for (int i = 0; i < members.size(); i++) {
            PanelMember m = members.get(i);
            int g = m.firstTreated()[0];
            for (int t = 0; t < MONTHS; t++) {
                b.append(i + 1).append(',').append(t + 1).append(',').append(g == PanelMember.NEVER ? 0 : g + 1)
                        .append(',').append(m.outcomes()[0][t]).append('\n');
            }
        }
        Files.writeString(csv, b.toString());
        Path script = dir.resolve("csdid_reference.py");
        try (InputStream in = getClass().getResourceAsStream("/effectiveness/csdid_reference.py")) {
            Files.copy(in, script);
        }
        Path out = dir.resolve("reference.csv");
        Process p = new ProcessBuilder(python.toString(), script.toString(), csv.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "csdid did not finish");
        assertEquals(0, p.exitValue(), "csdid failed:\n" + log);

        CellSums sums = CellSums.of(members, 0, 0, MONTHS, Effectiveness.FIRST_EVENT_TIME,
                Effectiveness.LAST_EVENT_TIME, Effectiveness.OVERALL_FROM, Effectiveness.OVERALL_TO);
        double[] totals = sums.totals(null);
        double[][][] gt = GroupTimeEffects.groupTime(sums, totals);
        double[] es = GroupTimeEffects.eventStudy(sums, totals, Effectiveness.OVERALL_FROM, Effectiveness.OVERALL_TO);
        int cells = 0;
        int eventTimes = 0;
        for (String line : Files.readAllLines(out)) {
            String[] f = line.split(",");
            if (f[0].equals("gt")) {
                int g = Integer.parseInt(f[1]) - 1;
                int e = Integer.parseInt(f[2]) - 1 - g;
                if (e < Effectiveness.FIRST_EVENT_TIME || e > Effectiveness.LAST_EVENT_TIME) {
                    continue;
                }
                int gi = java.util.Arrays.binarySearch(sums.cohorts, g);
                assertEquals(Double.parseDouble(f[3]), gt[0][gi][e - Effectiveness.FIRST_EVENT_TIME], 1e-6,
                        "ATT(g=" + f[1] + ", t=" + f[2] + ")");
                cells++;
            } else {
                int e = Integer.parseInt(f[1]);
                if (e < Effectiveness.FIRST_EVENT_TIME || e > Effectiveness.LAST_EVENT_TIME) {
                    continue;
                }
                assertEquals(Double.parseDouble(f[2]), es[e - Effectiveness.FIRST_EVENT_TIME], 1e-6,
                        "event-study effect at e=" + e);
                eventTimes++;
            }
        }
        assertTrue(cells >= 30, "compared only " + cells + " ATT(g, t) cells:\n" + log);
        assertEquals(Effectiveness.LAST_EVENT_TIME - Effectiveness.FIRST_EVENT_TIME + 1, eventTimes);
    }

    /** Member effects, a common trend, noise, and an effect growing with time since treatment, per cohort. */
    private static List<PanelMember> panel() {
        SplittableRandom r = new SplittableRandom(13);
        List<PanelMember> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            int g = COHORTS[r.nextInt(COHORTS.length)];
            double level = 4 * r.nextDouble();
            double[] y = new double[MONTHS];
            for (int t = 0; t < MONTHS; t++) {
                double effect = g != PanelMember.NEVER && t >= g ? 1.0 + 0.25 * (t - g) + 0.1 * g : 0;
                y[t] = Math.round((level + 0.3 * t + effect + r.nextDouble() - 0.5) * 1e6) / 1e6;
            }
            members.add(new PanelMember("b" + (i % 25), "agency", "ordinary",
                    new int[] {g, PanelMember.NEVER, PanelMember.NEVER, PanelMember.NEVER}, new double[][] {y, y, y}));
        }
        return members;
    }
}

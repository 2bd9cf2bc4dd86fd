package cn.jgdj.jobs.effectiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm-up is only worth its CPU if it runs the estimate's costly paths: every program × outcome estimated (not
 * suppressed) with bootstrap intervals, in every group; and it leaves the real estimate unchanged.
 */
class EstimateWarmUpTest {
    @Test
    void madeUpPanelRunsTheBootstrapOfEveryProgramAndOutcome() {
        List<EffectRow> rows = EstimateWarmUp.run();
        // 4 programs × 3 outcomes × (all + 2 unit types + 3 roles) × (event times −3 … +6 and overall).
        int eventTimes = Effectiveness.LAST_EVENT_TIME - Effectiveness.FIRST_EVENT_TIME + 2;
        assertEquals(Effectiveness.PROGRAMS.size() * Effectiveness.OUTCOMES.size() * 6 * eventTimes, rows.size());
        for (String program : Effectiveness.PROGRAMS) {
            for (String outcome : Effectiveness.OUTCOMES) {
                assertTrue(rows.stream().anyMatch(r -> r.program().equals(program) && r.outcome().equals(outcome)
                        && r.eventTime().equals(Effectiveness.OVERALL) && !r.suppressed() && r.ciLow() != null
                        && r.ciHigh() != null), program + " × " + outcome + " bootstrapped");
            }
        }
    }

    @Test
    void realEstimateIsTheSameAfterTheWarmUpThread() {
        List<PanelMember> members = EffectEstimatesThreadsTest.panel();
        EffectEstimates estimates = new EffectEstimates(EffectEstimates.MIN_DRAWS, 7L, 10);
        List<EffectRow> before = estimates.rows(members, 12, 2);
        Thread warmUp = EstimateWarmUp.start();
        EstimateWarmUp.await(warmUp);
        assertEquals(before, estimates.rows(members, 12, 2));
    }
}

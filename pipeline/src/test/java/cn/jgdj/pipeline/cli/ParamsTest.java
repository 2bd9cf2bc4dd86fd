package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.ingest.MemberKeys;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The run's clock: today for the CLI (only facts after it are future dates), whatever the as-of day. */
class ParamsTest {
    private static final MemberKeys.KeySource KEY = new MemberKeys.KeySource(new byte[] {1}, true, "test");
    private static final LocalDate AS_OF = LocalDate.of(2025, 9, 30);

    @Test
    void aRunIsMadeTodayUnlessItsClockIsSet() {
        AnalysisArgs analysis = new AnalysisArgs();
        analysis.minCellSize = JobParams.DEFAULT_MIN_CELL_SIZE;
        LocalDate before = LocalDate.now();
        JobParams today = Params.of("in", AS_OF, analysis, KEY);
        LocalDate after = LocalDate.now();
        assertEquals(AS_OF, today.asOf());
        assertFalse(today.runDate().isBefore(before) || today.runDate().isAfter(after), today.runDate().toString());

        JobParams set = Params.of("in", AS_OF, analysis, KEY, LocalDate.of(2025, 10, 8));
        assertEquals(LocalDate.of(2025, 10, 8), set.runDate());
        assertEquals(AS_OF, set.asOf());
    }

    @Test
    void jobParamsWithoutAClockRunOnTheirAsOfDay() {
        assertEquals(AS_OF, new JobParams("in", null, 10, AS_OF, null, new byte[] {1}, true).runDate());
        assertEquals(AS_OF, new JobParams("in", null, 10, AS_OF, null, new byte[] {1}, true, null).runDate());
        assertEquals(AS_OF, new JobParams("in", null, 10, AS_OF, null, new byte[] {1}, true).withReviewYear(2025)
                .runDate());
    }
}

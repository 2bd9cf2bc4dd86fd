package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final TaskRecord DONE = new TaskRecord("coverage", TaskState.SUCCEEDED, null, null, 12.34, 4041L,
            435L, null, null, Map.of(), Map.of());

    @Test
    void plainLinesForLogs() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = Progress.forStream(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        p.taskStarted(13, 26, "coverage");
        p.taskFinished(13, 26, DONE);

        assertEquals("[13/26] coverage: started\n[13/26] coverage: succeeded in 12.3 s, rows in 4,041 out 435\n",
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLiveLineOnATerminalIsReplacedByTheResult() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = Progress.forStream(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        p.taskStarted(3, 26, "coverage");
        p.taskFinished(3, 26, DONE);

        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r\u001b[K[ 3/26] coverage: running 0 s\r\u001b[K"), shown);
        assertTrue(shown.endsWith("[ 3/26] coverage: succeeded in 12.3 s, rows in 4,041 out 435\n"), shown);
    }

    @Test
    void aFailureShowsTheFirstLineOfItsError() {
        TaskRecord failed = new TaskRecord("quality_gate", TaskState.FAILED, null, null, 0.2, null, null,
                "quality gate: a source has more than 5.0% of its rows in quarantine\n  members ...", null, null, null);
        assertEquals("[10/26] quality_gate: failed in 0.2 s: quality gate: a source has more than 5.0% of its rows "
                + "in quarantine", Progress.finishedLine(10, 26, failed));
    }

    @Test
    void tasksSideBySideShareTheLiveLineAndAResultLeavesTheOthersRunning() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = Progress.forStream(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        p.taskStarted(9, 32, "coverage");
        p.taskStarted(10, 32, "volunteer");
        p.taskFinished(9, 32, new TaskRecord("coverage", TaskState.SUCCEEDED, null, null, 2.0, 10L, 5L, null, null,
                Map.of(), Map.of()));

        String shown = bytes.toString(StandardCharsets.UTF_8);
        String both = "\r\u001b[K[ 9/32] coverage: running 0 s | [10/32] volunteer: 0 s";
        String result = "\r\u001b[K[ 9/32] coverage: succeeded in 2.0 s, rows in 10 out 5\n";
        String left = "\r\u001b[K[10/32] volunteer: running 0 s";
        assertTrue(shown.indexOf(both) >= 0 && shown.indexOf(both) < shown.indexOf(result), shown);
        assertTrue(shown.endsWith(result + left), shown);
    }

    @Test
    void aSharedLiveLineIsCutSoThatItNeverWraps() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = Progress.forStream(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

        p.taskStarted(21, 32, "ingest_platform_usage");
        p.taskStarted(22, 32, "ingest_volunteer_logs");
        p.taskStarted(23, 32, "observation_coverage");

        String shown = bytes.toString(StandardCharsets.UTF_8);
        String last = shown.substring(shown.lastIndexOf("\r\u001b[K") + "\r\u001b[K".length());
        assertEquals("[21/32] ingest_platform_usage: running 0 s | [22/32] ingest_volunteer_logs: 0 s", last);
        assertEquals(LiveProgress.WIDTH, last.length());
    }
}

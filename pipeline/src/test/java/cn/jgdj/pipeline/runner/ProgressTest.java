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
}

package cn.jgdj.schemas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunRecordJsonTest {

    private static RunRecord record() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("rules", "built-in");
        settings.put("min_cell_size", "10");
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("members", "a1b2");
        TaskRecord done = new TaskRecord("coverage", TaskState.SUCCEEDED, "2026-01-05T08:00:01Z",
                "2026-01-05T08:00:03Z", 2.5, 120L, 8L, null, null, inputs, Map.of("coverage", 8L));
        return new RunRecord("R1", RunRecord.SUCCEEDED, "2026-01-05T08:00:00Z", "2026-01-05T08:07:12Z", "/data/in",
                "/data/out", "2026-01-05", "demo key (not secret)", "all tasks", null, settings, "8778",
                List.of(done, TaskRecord.notRun("venue_use", "not selected")));
    }

    /** The layout the runner has always written (packs' fixtures and older runs' records look like this). */
    private static final String JSON = """
            {
              "run_id" : "R1",
              "state" : "succeeded",
              "started" : "2026-01-05T08:00:00Z",
              "ended" : "2026-01-05T08:07:12Z",
              "input" : "/data/in",
              "out" : "/data/out",
              "as_of" : "2026-01-05",
              "member_key" : "demo key (not secret)",
              "selection" : "all tasks",
              "settings" : {
                "rules" : "built-in",
                "min_cell_size" : "10"
              },
              "settings_fingerprint" : "8778",
              "tasks" : [ {
                "task" : "coverage",
                "state" : "succeeded",
                "start" : "2026-01-05T08:00:01Z",
                "end" : "2026-01-05T08:00:03Z",
                "seconds" : 2.5,
                "rows_in" : 120,
                "rows_out" : 8,
                "inputs" : {
                  "members" : "a1b2"
                },
                "outputs" : {
                  "coverage" : 8
                }
              }, {
                "task" : "venue_use",
                "state" : "not_run",
                "reason" : "not selected"
              } ]
            }
            """;

    @Test
    void writesTheRunnersLayoutAndReadsItBack() {
        String written = RunRecordJson.write(record());
        assertEquals(JSON, written.replace("\r\n", "\n"));
        RunRecord back = RunRecordJson.read(written);
        assertEquals(record(), back);
        assertEquals(TaskState.NOT_RUN, back.task("venue_use").orElseThrow().state());
        assertEquals(RunRecordJson.write(back), written);
    }

    @Test
    void readsRecordsWithUnknownOrMissingKeys() {
        RunRecord r = RunRecordJson.read("{\"run_id\": \"R2\", \"state\": \"running\", \"newer_field\": 1}");
        assertEquals("R2", r.runId());
        assertEquals(Map.of(), r.settings());
        assertEquals(List.of(), r.tasks());
    }

    @Test
    void saysWhereTextStopsBeingARunRecord() {
        assertEquals("not a run record: the file is empty",
                assertThrows(IllegalArgumentException.class, () -> RunRecordJson.read(" ")).getMessage());
        String m = assertThrows(IllegalArgumentException.class,
                () -> RunRecordJson.read("{\n  \"tasks\" : [ {\"state\" : \"lost\"} ]\n}")).getMessage();
        assertTrue(m.startsWith("not a run record at line 2"), m);
    }
}

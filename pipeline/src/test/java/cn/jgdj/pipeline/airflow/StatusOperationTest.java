package cn.jgdj.pipeline.airflow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static cn.jgdj.pipeline.airflow.FakeAirflow.Api;
import static cn.jgdj.pipeline.airflow.FakeAirflow.task;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusOperationTest {

    private static final Map<String, String> ENV = Map.of("AIRFLOW_USERNAME", FakeAirflow.USER,
            "AIRFLOW_PASSWORD", FakeAirflow.PASSWORD);

    private final Captured io = new Captured();
    private FakeAirflow fake;

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void aSucceededRunExitsWithZero() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false)
                .run("jgdj_pipeline", "r1", List.of("success"), Map.of("period", "2025Q3"))
                .tasks("jgdj_pipeline", "r1", List.of(
                        task("ingest", "success", 1, "2025-10-01T08:00:02Z", "2025-10-01T08:00:10Z")));

        int exit = new StatusOperation(ENV).run(StatusRequest.of(fake.url(), "r1"), io.out, io.err);

        assertEquals(0, exit);
        assertEquals("Run r1 of DAG jgdj_pipeline: success (period 2025Q3)\n"
                + "started 2025-10-01T08:00:01Z, ended 2025-10-01T08:05:00Z\n"
                + "task    state    try  start                 end                   duration\n"
                + "ingest  success  1    2025-10-01T08:00:02Z  2025-10-01T08:00:10Z  8 s\n", io.out());
        assertEquals("", io.err());
    }

    @Test
    void aFailedRunExitsWithOne() throws IOException {
        fake = new FakeAirflow(Api.V1).dag("d", false)
                .run("d", "r1", List.of("failed"), Map.of())
                .tasks("d", "r1", List.of(task("ingest", "failed", 2, "2025-10-01T08:00:02Z", "2025-10-01T08:00:03Z")));

        int exit = new StatusOperation(ENV).run(new StatusRequest(fake.url(), "d", "r1", ApiVersion.V1), io.out,
                io.err);

        assertEquals(1, exit);
        assertEquals("Run r1 of DAG d: failed\n"
                + "started 2025-10-01T08:00:01Z, ended 2025-10-01T08:05:00Z\n"
                + "task    state   try  start                 end                   duration\n"
                + "ingest  failed  2    2025-10-01T08:00:02Z  2025-10-01T08:00:03Z  1 s\n", io.out());
        assertEquals(List.of("GET /api/v1/dags/d/dagRuns/r1", "GET /api/v1/dags/d/dagRuns/r1/taskInstances?limit=100&offset=0"),
                fake.requests());
    }

    @Test
    void aQueuedRunWithoutTasksExitsWithZero() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false)
                .run("jgdj_pipeline", "r1", List.of("queued"), Map.of()).tasks("jgdj_pipeline", "r1", List.of());

        int exit = new StatusOperation(ENV).run(StatusRequest.of(fake.url(), "r1"), io.out, io.err);

        assertEquals(0, exit);
        assertEquals("Run r1 of DAG jgdj_pipeline: queued\n"
                + "started 2025-10-01T08:00:01Z, ended -\n"
                + "(no task instances yet)\n", io.out());
    }

    @Test
    void anUnknownRunExitsWithTwo() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false);

        int exit = new StatusOperation(ENV).run(StatusRequest.of(fake.url(), "nope"), io.out, io.err);

        assertEquals(2, exit);
        assertEquals("", io.out());
        assertEquals("error: run 'nope' of DAG 'jgdj_pipeline' not found on Airflow at " + fake.url() + " (HTTP 404):"
                + " check the run id and the DAG id (Airflow: The DagRun with dag_id: `jgdj_pipeline` and run_id:"
                + " `nope` was not found)\n", io.err());
    }

    @Test
    void noRunIdIsAUsageError() {
        int exit = new StatusOperation(ENV).run(StatusRequest.of("http://127.0.0.1:1", " "), io.out, io.err);

        assertEquals(2, exit);
        assertEquals("error: no run id: give --run RUN_ID (printed by pipeline airflow trigger)\n", io.err());
    }
}

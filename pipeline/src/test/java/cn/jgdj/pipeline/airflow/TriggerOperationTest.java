package cn.jgdj.pipeline.airflow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static cn.jgdj.pipeline.airflow.FakeAirflow.Api;
import static cn.jgdj.pipeline.airflow.FakeAirflow.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TriggerOperationTest {

    private static final Map<String, String> ENV = Map.of("AIRFLOW_USERNAME", FakeAirflow.USER,
            "AIRFLOW_PASSWORD", FakeAirflow.PASSWORD);
    private static final Duration POLL = Duration.ofMillis(5);

    private final Captured io = new Captured();
    private FakeAirflow fake;

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    /** A clock that moves 7 s at every reading, so progress lines are exact. */
    private static TriggerOperation operation() {
        AtomicLong now = new AtomicLong(-7_000_000_000L);
        return new TriggerOperation(ENV, () -> now.addAndGet(7_000_000_000L));
    }

    @Test
    void aPausedDagIsUnpausedBeforeTheTrigger() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", true);

        int exit = operation().run(TriggerRequest.of(fake.url(), "2025Q3").withExtraConf(Map.of("input", "/data/raw")),
                io.out, io.err);

        assertEquals(0, exit);
        String run = "manual__2025-10-01T08:00:00.123456+00:00";
        assertEquals("DAG jgdj_pipeline was paused; unpaused it so the run can start.\n"
                + "Triggered run " + run + " of DAG jgdj_pipeline at " + fake.url() + " for period 2025Q3 (state queued).\n"
                + "Follow it with: pipeline airflow status --url " + fake.url() + " --run " + run + "\n", io.out());
        assertEquals("", io.err());
        assertEquals(List.of("GET /api/v2/version", "POST /auth/token", "GET /api/v2/dags/jgdj_pipeline",
                "PATCH /api/v2/dags/jgdj_pipeline?update_mask=is_paused", "POST /api/v2/dags/jgdj_pipeline/dagRuns"),
                fake.requests());
        assertEquals("{\"logical_date\":null,\"conf\":{\"period\":\"2025Q3\",\"input\":\"/data/raw\"}}",
                fake.bodies().get(2));
        assertFalse(fake.paused("jgdj_pipeline"));
    }

    @Test
    void anUnpausedDagIsLeftAlone() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("other", false);

        int exit = operation().run(TriggerRequest.of(fake.url(), "2025").withDagId("other").withRunId("r7"),
                io.out, io.err);

        assertEquals(0, exit);
        assertEquals("Triggered run r7 of DAG other at " + fake.url() + " for period 2025 (state queued).\n"
                + "Follow it with: pipeline airflow status --url " + fake.url() + " --run r7 --dag-id other\n", io.out());
        assertEquals(List.of("GET /api/v2/version", "POST /auth/token", "GET /api/v2/dags/other",
                "POST /api/v2/dags/other/dagRuns"), fake.requests());
    }

    @Test
    void waitingFollowsTheRunToSuccessAndPrintsTheTasks() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false).onTrigger(
                List.of("queued", "running", "running", "success"),
                List.of(task("report", "success", 1, "2025-10-01T08:01:21Z", "2025-10-01T09:03:30Z"),
                        task("ingest", "success", 1, "2025-10-01T08:00:02Z", "2025-10-01T08:00:10Z"),
                        task("credit", "success", 2, "2025-10-01T08:00:11.5Z", "2025-10-01T08:01:20Z")));

        int exit = operation().run(TriggerRequest.of(fake.url(), "2025Q3").withRunId("r1")
                .waiting(Duration.ofSeconds(30), POLL), io.out, io.err);

        assertEquals(0, exit);
        assertEquals("Triggered run r1 of DAG jgdj_pipeline at " + fake.url() + " for period 2025Q3 (state queued).\n"
                + "  after 7 s: running\n"
                + "  after 14 s: success\n"
                + "task    state    try  start                 end                   duration\n"
                + "ingest  success  1    2025-10-01T08:00:02Z  2025-10-01T08:00:10Z  8 s\n"
                + "credit  success  2    2025-10-01T08:00:11Z  2025-10-01T08:01:20Z  1 min 09 s\n"
                + "report  success  1    2025-10-01T08:01:21Z  2025-10-01T09:03:30Z  1 h 02 min\n"
                + "Run r1 succeeded.\n", io.out());
        assertEquals("", io.err());
    }

    @Test
    void aFailedRunExitsWithOneAndNamesTheTasks() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false).onTrigger(
                List.of("running", "failed"),
                List.of(task("ingest", "success", 1, "2025-10-01T08:00:02Z", "2025-10-01T08:00:10Z"),
                        task("credit", "failed", 3, "2025-10-01T08:00:11Z", "2025-10-01T08:00:12Z"),
                        task("report", "upstream_failed", 0, null, null),
                        task("charts", "upstream_failed", 0, null, null)));

        int exit = operation().run(TriggerRequest.of(fake.url(), "2025-07").withRunId("r2")
                .waiting(Duration.ofSeconds(30), POLL), io.out, io.err);

        assertEquals(1, exit);
        assertEquals("Triggered run r2 of DAG jgdj_pipeline at " + fake.url() + " for period 2025-07 (state queued).\n"
                + "  after 7 s: running\n"
                + "  after 14 s: failed\n"
                + "task    state            try  start                 end                   duration\n"
                + "ingest  success          1    2025-10-01T08:00:02Z  2025-10-01T08:00:10Z  8 s\n"
                + "credit  failed           3    2025-10-01T08:00:11Z  2025-10-01T08:00:12Z  1 s\n"
                + "charts  upstream_failed  0    -                     -                     -\n"
                + "report  upstream_failed  0    -                     -                     -\n", io.out());
        assertEquals("Run r2 of DAG jgdj_pipeline failed; failed tasks: credit; not run because of them: charts, report."
                + " The task logs are in Airflow at " + fake.url() + "\n", io.err());
    }

    @Test
    void aRunStillGoingAtTheTimeoutExitsWithThree() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false).onTrigger(List.of("running"),
                List.of(task("ingest", "running", 1, "2025-10-01T08:00:02Z", null)));

        int exit = operation().run(TriggerRequest.of(fake.url(), "2025Q3").withRunId("r3")
                .waiting(Duration.ofMillis(200), Duration.ofMillis(20)), io.out, io.err);

        assertEquals(3, exit);
        assertEquals("Triggered run r3 of DAG jgdj_pipeline at " + fake.url() + " for period 2025Q3 (state queued).\n"
                + "  after 7 s: running\n"
                + "task    state    try  start                 end  duration\n"
                + "ingest  running  1    2025-10-01T08:00:02Z  -    -\n", io.out());
        assertEquals("error: run 'r3' of DAG 'jgdj_pipeline' is still running after 200 ms; it goes on in Airflow at "
                + fake.url() + "\n", io.err());
    }

    @Test
    void anUnknownDagExitsWithTwo() throws IOException {
        fake = new FakeAirflow(Api.V2);

        int exit = operation().run(TriggerRequest.of(fake.url(), "2025Q3"), io.out, io.err);

        assertEquals(2, exit);
        assertEquals("", io.out());
        assertEquals("error: DAG 'jgdj_pipeline' not found on Airflow at " + fake.url() + " (HTTP 404 while reading"
                + " DAG 'jgdj_pipeline'): check the DAG id, and that the DAG file is in Airflow's DAG folder and"
                + " imports cleanly (Airflow: The AirflowDag with ID: `jgdj_pipeline` was not found)\n", io.err());
    }

    @Test
    void aDuplicateRunIdExitsWithTwo() throws IOException {
        fake = new FakeAirflow(Api.V1).dag("jgdj_pipeline", false).run("jgdj_pipeline", "r1", List.of("success"),
                Map.of());

        int exit = operation().run(TriggerRequest.of(fake.url(), "2025Q3").withRunId("r1"), io.out, io.err);

        assertEquals(2, exit);
        assertEquals("error: DAG 'jgdj_pipeline' already has a run with id 'r1' (HTTP 409): choose another run id,"
                + " or leave it out and Airflow picks one (Airflow: DAGRun with DAG ID: 'jgdj_pipeline' and DAGRun ID:"
                + " 'r1' already exists)\n", io.err());
    }

    @Test
    void noAirflowListeningExitsWithTwo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;

        int exit = operation().run(TriggerRequest.of(url, "2025Q3"), io.out, io.err);

        assertEquals(2, exit);
        assertEquals("error: cannot connect to Airflow at " + url + " while asking which API version it serves"
                + " (connection refused): is Airflow running at " + url + "?\n", io.err());
    }

    @Test
    void missingCredentialsExitWithTwoBeforeAnyRequest() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false);

        int exit = new TriggerOperation(Map.of()).run(TriggerRequest.of(fake.url(), "2025Q3"), io.out, io.err);

        assertEquals(2, exit);
        assertEquals("error: no Airflow credentials: set AIRFLOW_USERNAME and AIRFLOW_PASSWORD, or"
                + " AIRFLOW_CREDENTIALS_FILE to a file with username= and password= lines\n", io.err());
        assertEquals(List.of(), fake.requests());
    }

    @Test
    void usageErrorsExitWithTwoBeforeAnyRequest() throws IOException {
        fake = new FakeAirflow(Api.V2).dag("jgdj_pipeline", false);
        Captured noUrl = new Captured();

        assertEquals(2, operation().run(TriggerRequest.of(fake.url(), "2025Q5"), io.out, io.err));
        assertEquals(2, operation().run(TriggerRequest.of(null, "2025"), noUrl.out, noUrl.err));

        assertEquals("error: --period '2025Q5' is not a period: write 2025, 2025Q3 or 2025-07\n", io.err());
        assertEquals("error: no Airflow URL: give --url, e.g. --url http://127.0.0.1:8080\n", noUrl.err());
        assertEquals(List.of(), fake.requests());
    }
}

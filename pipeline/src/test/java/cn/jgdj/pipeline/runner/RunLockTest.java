package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may run on one OUT: the lock files (OUT's own, one per task), a refused run's message, stale locks, killed
 * runs' records.
 */
class RunLockTest {
    private static final RunLock.ProcessAlive EVERYONE_ALIVE = (pid, started) -> true;
    private static final RunLock.ProcessAlive NOBODY_ALIVE = (pid, started) -> false;

    @TempDir
    Path tmp;
    private final Configuration conf = new Configuration();
    private final List<String> notices = new ArrayList<>();

    private String out() {
        return tmp.resolve("out").toString();
    }

    private void writeLock(String host, long pid) throws IOException {
        Files.createDirectories(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out/_lock"), "{\"run_id\":\"20261129T100000-dead\",\"host\":\"" + host
                + "\",\"pid\":" + pid + ",\"started\":\"2026-11-29T10:00:00Z\"}");
    }

    @Test
    void theLockNamesItsRunAndIsGoneAfterTheRun() throws IOException {
        try (RunLock lock = RunLock.acquire(out(), conf, "20261129T120000-aaaa", EVERYONE_ALIVE, notices::add)) {
            String json = Files.readString(tmp.resolve("out/_lock"));
            assertTrue(json.contains("\"run_id\" : \"20261129T120000-aaaa\""), json);
            assertTrue(json.contains("\"pid\" : " + ProcessHandle.current().pid()), json);
            assertTrue(json.contains("\"host\" : \"" + RunLock.hostName() + "\""), json);
            assertEquals(lock.holder(), RunLock.holder(out(), conf).orElseThrow());
        }
        assertFalse(Files.exists(tmp.resolve("out/_lock")));
        assertEquals(List.of(), notices);
    }

    @Test
    void aSecondRunOnTheSameOutFailsNamingTheFirst() {
        try (RunLock first = RunLock.acquire(out(), conf, "20261129T120000-aaaa", EVERYONE_ALIVE, notices::add)) {
            RunLockedException e = assertThrows(RunLockedException.class,
                    () -> RunLock.acquire(out(), conf, "20261129T120001-bbbb", RunLock.ProcessAlive.SYSTEM, notices::add));

            assertEquals("OUT is in use by run 20261129T120000-aaaa started " + first.holder().started() + " (pid "
                    + ProcessHandle.current().pid() + " on " + RunLock.hostName() + "): wait for it to end, or give "
                    + "another --out. If that run is gone, delete " + out() + "/_lock.", e.getMessage());
        }
    }

    @Test
    void aLockWhoseProcessIsGoneIsTakenOverWithANotice() throws IOException {
        writeLock(RunLock.hostName(), 999_999_999L);

        try (RunLock lock = RunLock.acquire(out(), conf, "20261129T120000-aaaa", RunLock.ProcessAlive.SYSTEM,
                notices::add)) {
            assertEquals("20261129T120000-aaaa", RunLock.holder(out(), conf).orElseThrow().runId());
        }
        assertEquals(List.of("Taking over " + out() + "/_lock from run 20261129T100000-dead started "
                + "2026-11-29T10:00:00Z: its process (pid 999999999 on " + RunLock.hostName() + ") is gone."), notices);
    }

    @Test
    void aLockFromAnotherHostIsNeverTakenOver() throws IOException {
        writeLock("another-host", 42);

        RunLockedException e = assertThrows(RunLockedException.class,
                () -> RunLock.acquire(out(), conf, "20261129T120000-aaaa", NOBODY_ALIVE, notices::add));

        assertTrue(e.getMessage().startsWith("OUT is in use by run 20261129T100000-dead started 2026-11-29T10:00:00Z "
                + "(pid 42 on another-host)"), e.getMessage());
        assertTrue(Files.readString(tmp.resolve("out/_lock")).contains("another-host"), "the lock stays");
    }

    @Test
    void aReleasedLockThatIsNoLongerOursIsLeftAlone() throws IOException {
        RunLock mine = RunLock.acquire(out(), conf, "20261129T120000-aaaa", EVERYONE_ALIVE, notices::add);
        Files.delete(tmp.resolve("out/_lock"));
        writeLock("another-host", 42);

        mine.close();

        assertTrue(Files.readString(tmp.resolve("out/_lock")).contains("another-host"));
    }

    @Test
    void runsOfDifferentTasksHoldTheirOwnLocksSideBySide() throws IOException {
        try (RunLock coverage = RunLock.acquire(out(), conf, "20261130T090000-aaaa", "coverage", EVERYONE_ALIVE,
                notices::add);
             RunLock volunteer = RunLock.acquire(out(), conf, "20261130T090000-bbbb", "volunteer", EVERYONE_ALIVE,
                     notices::add)) {
            String json = Files.readString(tmp.resolve("out/_locks/coverage"));
            assertTrue(json.contains("\"task\" : \"coverage\""), json);
            assertTrue(Files.readString(tmp.resolve("out/_locks/volunteer")).contains("20261130T090000-bbbb"));
            assertFalse(Files.exists(tmp.resolve("out/_lock")), "OUT's own lock is not taken");
            assertEquals(Set.of("20261130T090000-aaaa", "20261130T090000-bbbb"),
                    RunLock.liveRuns(out(), conf, EVERYONE_ALIVE));
        }
        assertFalse(Files.exists(tmp.resolve("out/_locks/coverage")));
        assertFalse(Files.exists(tmp.resolve("out/_locks/volunteer")));
        assertEquals(Set.of(), RunLock.liveRuns(out(), conf, EVERYONE_ALIVE));
        assertEquals(List.of(), notices);
    }

    @Test
    void aSecondRunOfTheSameTaskIsRefusedNamingTheFirst() {
        try (RunLock first = RunLock.acquire(out(), conf, "20261130T090000-aaaa", "coverage", EVERYONE_ALIVE,
                notices::add)) {
            RunLockedException e = assertThrows(RunLockedException.class, () -> RunLock.acquire(out(), conf,
                    "20261130T090001-bbbb", "coverage", RunLock.ProcessAlive.SYSTEM, notices::add));

            assertEquals("task coverage is already running on this OUT in run 20261130T090000-aaaa (--only coverage) "
                    + "started " + first.holder().started() + " (pid " + ProcessHandle.current().pid() + " on "
                    + RunLock.hostName() + "): wait for it to end. If that run is gone, delete " + out()
                    + "/_locks/coverage.", e.getMessage());
            assertEquals(Set.of("20261130T090000-aaaa"), RunLock.liveRuns(out(), conf, EVERYONE_ALIVE));
        }
    }

    @Test
    void aRunOfSeveralTasksIsRefusedWhileATaskRunsAndLeavesNoLockBehind() {
        try (RunLock task = RunLock.acquire(out(), conf, "20261130T090000-aaaa", "coverage", EVERYONE_ALIVE,
                notices::add)) {
            RunLockedException e = assertThrows(RunLockedException.class,
                    () -> RunLock.acquire(out(), conf, "20261130T090001-bbbb", EVERYONE_ALIVE, notices::add));

            assertEquals("OUT is in use by run 20261130T090000-aaaa (--only coverage) started "
                    + task.holder().started() + " (pid " + ProcessHandle.current().pid() + " on " + RunLock.hostName()
                    + "): wait for it to end, or give another --out. If that run is gone, delete " + out()
                    + "/_locks/coverage.", e.getMessage());
            assertFalse(Files.exists(tmp.resolve("out/_lock")), "the refused run released what it took");
        }
    }

    @Test
    void aTaskRunIsRefusedWhileARunOfSeveralTasksHoldsOut() {
        try (RunLock whole = RunLock.acquire(out(), conf, "20261130T090000-aaaa", EVERYONE_ALIVE, notices::add)) {
            RunLockedException e = assertThrows(RunLockedException.class, () -> RunLock.acquire(out(), conf,
                    "20261130T090001-bbbb", "coverage", EVERYONE_ALIVE, notices::add));

            assertEquals("OUT is in use by run 20261130T090000-aaaa started " + whole.holder().started() + " (pid "
                    + ProcessHandle.current().pid() + " on " + RunLock.hostName() + "): wait for it to end, or give "
                    + "another --out. If that run is gone, delete " + out() + "/_lock.", e.getMessage());
            assertFalse(Files.exists(tmp.resolve("out/_locks/coverage")), "the refused run released what it took");
        }
    }

    @Test
    void aDeadTaskRunsLockBlocksNobodyAndIsTakenOverByTheNextRunOfThatTask() throws IOException {
        Files.createDirectories(tmp.resolve("out/_locks"));
        Files.writeString(tmp.resolve("out/_locks/coverage"), "{\"run_id\":\"20261130T080000-dead\",\"task\":"
                + "\"coverage\",\"host\":\"" + RunLock.hostName() + "\",\"pid\":4242,\"started\":\"2026-11-30T08:00:00Z\"}");
        RunLock.ProcessAlive all4242Gone = (pid, started) -> pid != 4242;
        assertEquals(Set.of(), RunLock.liveRuns(out(), conf, all4242Gone));

        try (RunLock whole = RunLock.acquire(out(), conf, "20261130T090000-aaaa", all4242Gone, notices::add)) {
            assertEquals(List.of(), notices, "a whole run only steps over a dead task lock");
        }
        try (RunLock task = RunLock.acquire(out(), conf, "20261130T090001-bbbb", "coverage", all4242Gone,
                notices::add)) {
            assertTrue(Files.readString(tmp.resolve("out/_locks/coverage")).contains("20261130T090001-bbbb"));
        }
        assertEquals(List.of("Taking over " + out() + "/_locks/coverage from run 20261130T080000-dead started "
                + "2026-11-30T08:00:00Z: its process (pid 4242 on " + RunLock.hostName() + ") is gone."), notices);
        try (var left = Files.list(tmp.resolve("out/_locks"))) {
            assertEquals(List.of(), left.toList(), "no takeover claim left behind");
        }
    }

    @Test
    void aRunIdHeldByALiveRunIsRefused() {
        try (RunLock first = RunLock.acquire(out(), conf, "20261130T090000-aaaa", "coverage", EVERYONE_ALIVE,
                notices::add)) {
            RunLockedException e = assertThrows(RunLockedException.class, () -> RunLock.acquire(out(), conf,
                    "20261130T090000-aaaa", "volunteer", EVERYONE_ALIVE, notices::add));

            assertTrue(e.getMessage().startsWith("run id 20261130T090000-aaaa is taken by run 20261130T090000-aaaa "
                    + "(--only coverage) started "), e.getMessage());
            assertFalse(Files.exists(tmp.resolve("out/_locks/volunteer")));
        }
    }

    @Test
    void recordsOfLiveRunsBesideThisOneStayRunning() {
        OutputLayout layout = new OutputLayout(out());
        RunRecords records = new RunRecords(layout, conf);
        records.write(record("20261130T090000-live", RunRecord.RUNNING));
        records.write(record("20261130T080000-dead", RunRecord.RUNNING));
        try (RunLock beside = RunLock.acquire(out(), conf, "20261130T090000-live", "coverage", EVERYONE_ALIVE,
                notices::add)) {
            assertEquals(List.of("20261130T080000-dead"), records.markInterrupted(EVERYONE_ALIVE));

            assertEquals(RunRecord.RUNNING, records.read("20261130T090000-live").orElseThrow().state());
            assertEquals(RunRecord.INTERRUPTED, records.read("20261130T080000-dead").orElseThrow().state());
        }
        assertEquals(List.of("20261130T090000-live"), records.markInterrupted(EVERYONE_ALIVE),
                "once its lock is gone, a record still running is a killed run's");
    }

    @Test
    void recordsStillRunningAreMarkedInterruptedAndOthersStay() throws IOException {
        OutputLayout layout = new OutputLayout(out());
        RunRecords records = new RunRecords(layout, conf);
        records.write(record("20261129T100000-dead", RunRecord.RUNNING));
        records.write(record("20261129T090000-good", RunRecord.SUCCEEDED));
        records.write(record("20261129T080000-bad0", RunRecord.FAILED));

        assertEquals(List.of("20261129T100000-dead"), records.markInterrupted(EVERYONE_ALIVE));

        assertEquals(RunRecord.INTERRUPTED, records.read("20261129T100000-dead").orElseThrow().state());
        assertEquals(RunRecord.SUCCEEDED, records.read("20261129T090000-good").orElseThrow().state());
        assertEquals(RunRecord.FAILED, records.read("20261129T080000-bad0").orElseThrow().state());
        assertEquals(List.of(), records.markInterrupted(EVERYONE_ALIVE), "marked once");
        try (var left = java.nio.file.Files.list(tmp.resolve("out/runs"))) {
            assertEquals(3, left.count(), "no temporary files left beside the records");
        }
    }

    private static RunRecord record(String id, String state) {
        return new RunRecord(id, state, "2026-11-29T10:00:00Z", null, "/in", "/out", "2025-12-31", null, "all",
                null, Map.of(), "fp", List.of());
    }
}

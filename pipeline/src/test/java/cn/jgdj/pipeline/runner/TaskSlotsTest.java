package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskSlotsTest {

    @Test
    void oneSlotRunsTheWorkOnTheCallersThreadAtOnce() {
        try (TaskSlots<String> slots = new TaskSlots<>(1)) {
            Thread caller = Thread.currentThread();
            slots.start(() -> Thread.currentThread() == caller ? "here" : "elsewhere");

            assertFalse(slots.hasFree());
            assertTrue(slots.anyRunning());
            assertThrows(IllegalStateException.class, () -> slots.start(() -> "a second"));
            assertEquals("here", slots.awaitNext());
            assertFalse(slots.anyRunning());
            assertTrue(slots.hasFree());
        }
    }

    @Test
    void twoSlotsRunTwoPiecesOfWorkAtOnceOnOtherThreads() throws InterruptedException {
        CountDownLatch bothRunning = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (TaskSlots<String> slots = new TaskSlots<>(2)) {
            for (String name : new String[] {"first", "second"}) {
                slots.start(() -> {
                    threads.add(Thread.currentThread().getName());
                    bothRunning.countDown();
                    try {
                        return bothRunning.await(30, TimeUnit.SECONDS) ? name : "alone";
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            assertFalse(slots.hasFree());

            assertEquals(Set.of("first", "second"), Set.of(slots.awaitNext(), slots.awaitNext()));
        }
        assertEquals(Set.of("jgdj-task-1", "jgdj-task-2"), threads);
    }

    @Test
    void whatTheWorkThrowsIsThrownToTheCallerWhenItTakesTheResult() {
        try (TaskSlots<String> slots = new TaskSlots<>(2)) {
            slots.start(() -> {
                throw new IllegalStateException("broken task");
            });

            assertEquals("broken task", assertThrows(IllegalStateException.class, slots::awaitNext).getMessage());
            assertFalse(slots.anyRunning());
        }
    }

    @Test
    void atLeastOneSlot() {
        assertThrows(IllegalArgumentException.class, () -> new TaskSlots<String>(0));
    }
}

package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The launcher's choice of tasks side by side: by the county's size, overridden by the option or the property. */
class ParallelTasksTest {
    private static final long LIMIT = 2048L * 1024 * 1024;
    private static final int TWO_OR_ONE_CORE = Math.min(2, Runtime.getRuntime().availableProcessors());

    @AfterEach
    void clearProperty() {
        System.clearProperty(ParallelTasks.PROPERTY);
    }

    @Test
    void aLocalRunOfRawExportsUpTo2GibibytesRunsTwoTasksAtOnce() {
        assertEquals(LIMIT, ParallelTasks.MAX_INPUT_BYTES);
        assertEquals(TWO_OR_ONE_CORE, ParallelTasks.forRun(null, 2_359_746, true), "435 x 2");
        assertEquals(TWO_OR_ONE_CORE, ParallelTasks.forRun(null, 1_351_594_059, true), "100,000 x 5");
        assertEquals(TWO_OR_ONE_CORE, ParallelTasks.forRun(null, LIMIT, true));
        assertEquals(1, ParallelTasks.forRun(null, LIMIT + 1, true));
        assertEquals(1, ParallelTasks.forRun(null, InputSize.UNKNOWN, true), "a size not known is not small");
        assertEquals(1, ParallelTasks.forRun(null, 2_359_746, false), "a cluster's driver: one after another");
    }

    @Test
    void theOptionWinsOverThePropertyWhichWinsOverTheSize() {
        System.setProperty(ParallelTasks.PROPERTY, "3");
        assertEquals(3, ParallelTasks.forRun(null, LIMIT + 1, true));
        assertEquals(3, ParallelTasks.forRun(null, 1_000, false));
        assertEquals(1, ParallelTasks.forRun(1, 1_000, true));
        assertEquals(4, ParallelTasks.forRun(4, 1_000, true));
    }

    @Test
    void lessThanOneOrNotANumberIsRefusedNamingWhereItCameFrom() {
        assertEquals("--parallel-tasks 0: at least 1 task at a time",
                assertThrows(IllegalArgumentException.class, () -> ParallelTasks.forRun(0, 1_000, true)).getMessage());
        System.setProperty(ParallelTasks.PROPERTY, "two");
        assertEquals("-Djgdj.parallelTasks=two: not a whole number",
                assertThrows(IllegalArgumentException.class, () -> ParallelTasks.forRun(null, 1_000, true))
                        .getMessage());
    }
}

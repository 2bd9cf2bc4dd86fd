package cn.jgdj.dashboards.render;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Work spread over the pack's threads comes back in the items' order, failures as a loop would throw them. */
class PackThreadsTest {

    @Test
    void resultsKeepTheItemsOrder() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> squares = PackThreads.map(List.of(1, 2, 3, 4, 5, 6, 7), x -> {
            threads.add(Thread.currentThread().getName());
            return x * x;
        }, 2);
        assertEquals(List.of(1, 4, 9, 16, 25, 36, 49), squares);
        assertTrue(threads.stream().allMatch(n -> n.startsWith("pack-build-")), threads.toString());
    }

    @Test
    void theFirstFailingItemInOrderIsThrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PackThreads.map(
                List.of(1, 2, 3, 4), x -> {
                    if (x % 2 == 0) {
                        throw new IllegalStateException("item " + x);
                    }
                    return x;
                }, 2));
        assertEquals("item 2", e.getMessage());
    }

    @Test
    void oneItemOrOneThreadRunsOnTheCaller() {
        String caller = Thread.currentThread().getName();
        assertEquals(List.of(caller), PackThreads.map(List.of(1), x -> Thread.currentThread().getName(), 2));
        assertEquals(List.of(caller, caller), PackThreads.map(List.of(1, 2), x -> Thread.currentThread().getName(), 1));
    }
}

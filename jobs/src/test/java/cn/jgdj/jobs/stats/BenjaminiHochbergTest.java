package cn.jgdj.jobs.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    @Test
    void stepUpMonotoneInInputOrder() {
        // Sorted: 0.005, 0.01, 0.03, 0.04, 0.04, 0.20, 0.9 with m = 7; 7p/rank = 0.035, 0.035, 0.07, 0.07,
        // 0.056, 0.2333, 0.9; running minimum from the top: 0.035, 0.035, 0.056, 0.056, 0.056, 0.2333, 0.9.
        double[] q = BenjaminiHochberg.qValues(new double[] {0.01, 0.04, 0.03, 0.005, 0.20, 0.04, 0.9});
        assertArrayEquals(new double[] {0.035, 0.056, 0.056, 0.035, 0.7 / 3, 0.056, 0.9}, q, 1e-12);
    }

    @Test
    void cappedAtOne() {
        // 2·0.6/1 = 1.2 → capped; 2·0.7/2 = 0.7.
        assertArrayEquals(new double[] {0.7, 0.7}, BenjaminiHochberg.qValues(List.of(0.6, 0.7)), 1e-12);
        assertArrayEquals(new double[] {1.0}, BenjaminiHochberg.qValues(new double[] {1.0}), 0.0);
    }

    @Test
    void emptyList() {
        assertEquals(0, BenjaminiHochberg.qValues(new double[0]).length);
    }

    @Test
    void rejectsInvalidP() {
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.qValues(new double[] {0.1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.qValues(new double[] {1.5}));
    }
}

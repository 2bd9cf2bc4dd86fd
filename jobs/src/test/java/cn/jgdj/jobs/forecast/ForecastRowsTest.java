package cn.jgdj.jobs.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jgdj.schemas.indicators.Indicators.Forecast;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForecastRowsTest {
    private static final double EPS = 1e-12;

    @Test
    void replaysEachEarlierYearAndMixesThem() {
        List<ProjectionCell> cells = List.of(
                new ProjectionCell(2022, 2, "ordinary", 3, 4, 2),   // on track: half attained
                new ProjectionCell(2022, 2, "ordinary", 1, 2, 0),   // far behind: none attained
                new ProjectionCell(2023, 2, "ordinary", 3, 2, 2),   // on track: all attained
                new ProjectionCell(2023, 2, "secretary", 1, 4, 1),  // no ordinary member in bin 1: pooled 1/4
                new ProjectionCell(2024, 2, "ordinary", 3, 2, 1));
        List<GroupCell> groups = List.of(
                new GroupCell(2023, 2, "all", "all", "ordinary", 3, 2),
                new GroupCell(2023, 2, "all", "all", "secretary", 1, 4),
                new GroupCell(2024, 2, "all", "all", "ordinary", 3, 2),
                new GroupCell(2024, 2, "all", "all", "ordinary", 1, 1),
                new GroupCell(2025, 2, "all", "all", "ordinary", 3, 1));
        List<YearActual> actuals = List.of(new YearActual(2023, "all", "all", 6, 3),
                new YearActual(2024, "all", "all", 4, 2));
        List<GroupForecast> rows = ForecastRows.build(cells, groups, actuals, Set.of(2022, 2023, 2024), 2);
        assertEquals(3, rows.size());

        // 2023: only 2022 before it, so no forecast; the actual is still shown.
        GroupForecast y2023 = rows.get(0);
        assertEquals("2023Q2", y2023.asOf());
        assertEquals(Forecast.STATUS_INSUFFICIENT_HISTORY, y2023.status());
        assertEquals(6, y2023.eligible());
        assertEquals(4, y2023.behindPace());
        assertEquals(2.0 / 6, y2023.onTrackRate(), EPS);
        assertNull(y2023.projectedRate());
        assertEquals(0.5, y2023.actualRate(), EPS);
        assertNull(y2023.covered());

        // 2024 replays 2022 (Bin(2,.5) + Bin(1,0): .25 .5 .25 on 0..2) and 2023 (Bin(2,1) + Bin(1,.25): .75 on 2,
        // .25 on 3). Mixture: .125 .25 .5 .125 on 0..3; cumulative .125 .375 .875 1: 10th pct 0, 90th pct 3;
        // mean (1 + 2.25)/2 = 1.625 of 3 members.
        GroupForecast y2024 = rows.get(1);
        assertEquals(Forecast.STATUS_OK, y2024.status());
        assertEquals(2, y2024.earlierYears());
        assertEquals(1, y2024.behindPace());
        assertEquals(1.625 / 3, y2024.projectedRate(), EPS);
        assertEquals(0.0, y2024.piLow(), EPS);
        assertEquals(1.0, y2024.piHigh(), EPS);
        assertEquals(0.5, y2024.actualRate(), EPS);
        assertEquals(1.625 / 3 - 0.5, y2024.error(), EPS);
        assertEquals(true, y2024.covered());
        assertEquals(0, y2024.backtestYears());

        // 2025 (not complete) replays 2022, 2023, 2024 for one on-track member: p = .5, 1, .5 → P(1) = 2/3;
        // one member is under the minimum cell size of 2; its backtest is the 2024 row.
        GroupForecast y2025 = rows.get(2);
        assertEquals(3, y2025.earlierYears());
        assertEquals(2.0 / 3, y2025.projectedRate(), EPS);
        assertEquals(0.0, y2025.piLow(), EPS);
        assertEquals(1.0, y2025.piHigh(), EPS);
        assertNull(y2025.actualRate());
        assertEquals(true, y2025.suppressed());
        assertEquals(1, y2025.backtestYears());
        assertEquals(1.0, y2025.backtestCoverage(), EPS);
        assertEquals(1.625 / 3 - 0.5, y2025.backtestMeanAbsError(), EPS);
    }

    @Test
    void theForecastDoesNotDependOnTheOrderTheCellsArriveIn() {
        // Spark's aggregation hands a group's cells out in an order that depends on the plan (partitions, AQE);
        // the convolution's last bits depended on that order. Every order of the same cells must give the same
        // doubles, bit for bit.
        List<ProjectionCell> cells = new ArrayList<>();
        List<GroupCell> group = new ArrayList<>();
        String[] roles = {"ordinary", "secretary", "unknown"};
        for (int year = 2021; year <= 2023; year++) {
            for (int r = 0; r < roles.length; r++) {
                for (int bin = 0; bin < 5; bin++) {
                    long members = 7 + 3L * bin + r + (year - 2021) * 5;
                    cells.add(new ProjectionCell(year, 2, roles[r], bin, members, (members * (bin + 2 + r)) / 9));
                }
            }
        }
        for (int r = 0; r < roles.length; r++) {
            for (int bin = 0; bin < 5; bin++) {
                group.add(new GroupCell(2024, 2, "all", "all", roles[r], bin, 5 + 2L * bin + 3L * r));
            }
        }
        Set<Integer> complete = Set.of(2021, 2022, 2023);
        GroupForecast expected = ForecastRows.build(cells, group, List.of(), complete, 1).get(0);
        assertEquals(Forecast.STATUS_OK, expected.status());
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50; i++) {
            List<GroupCell> shuffled = new ArrayList<>(group);
            java.util.Collections.shuffle(shuffled, random);
            List<ProjectionCell> shuffledCells = new ArrayList<>(cells);
            java.util.Collections.shuffle(shuffledCells, random);
            GroupForecast row = ForecastRows.build(shuffledCells, shuffled, List.of(), complete, 1).get(0);
            assertEquals(expected, row, "order " + shuffled);
        }
    }

    @Test
    void aBinNobodyWasInFallsBackToTheProjectionsVerdict() {
        assertEquals(1.0, ForecastRows.attainShare(java.util.Map.of(), "ordinary", 4), EPS);
        assertEquals(0.0, ForecastRows.attainShare(java.util.Map.of(), "ordinary", 2), EPS);
    }

    @Test
    void theBacktestTakesEarlierYearsOfTheSameQuarterAndGroupOnly() {
        List<GroupForecast> rows = ForecastRows.withBacktest(List.of(
                past("2022", "2022Q2", "branch", "b1", true, 0.1, false),
                past("2022", "2022Q2", "branch", "b2", false, -0.3, false),
                past("2022", "2022Q2", "unit", "b1", true, 0.9, false),     // another dimension, same name
                past("2022", "2022Q3", "branch", "b1", false, 0.2, false),  // another quarter
                past("2023", "2023Q2", "branch", "b1", false, -0.2, false),
                past("2023", "2023Q2", "branch", "b2", true, 0.05, true),   // suppressed: not counted
                past("2024", "2024Q2", "branch", "b1", null, null, false),
                past("2024", "2024Q2", "branch", "b2", null, null, false),
                past("2024", "2024Q3", "branch", "b1", null, null, false)));
        assertEquals(9, rows.size());
        for (int i : new int[]{0, 1, 2, 3}) {
            assertEquals(0, rows.get(i).backtestYears());
            assertNull(rows.get(i).backtestCoverage());
        }
        // 2023Q2 b1: 2022Q2 b1 only (covered, |0.1|).
        assertBacktest(rows.get(4), 1, 1.0, 0.1);
        // 2023Q2 b2: 2022Q2 b2 (not covered, |-0.3|).
        assertBacktest(rows.get(5), 1, 0.0, 0.3);
        // 2024Q2 b1: 2022 (covered, 0.1) and 2023 (not, 0.2), added in that order.
        assertBacktest(rows.get(6), 2, 0.5, (0.1 + 0.2) / 2);
        // 2024Q2 b2: 2022 only; 2023's row is suppressed.
        assertBacktest(rows.get(7), 1, 0.0, 0.3);
        // 2024Q3 b1: 2022Q3 b1 (not covered, 0.2).
        assertBacktest(rows.get(8), 1, 0.0, 0.2);
    }

    private static GroupForecast past(String period, String asOf, String dimension, String group, Boolean covered,
                                      Double error, boolean suppressed) {
        return new GroupForecast(period, asOf, dimension, group, 10, 2, 0.8, 0.5, 0.4, 0.6, 2, null, error, covered,
                0, null, null, Forecast.STATUS_OK, suppressed);
    }

    private static void assertBacktest(GroupForecast row, int years, double coverage, double meanAbsError) {
        assertEquals(years, row.backtestYears());
        assertEquals(coverage, row.backtestCoverage());
        assertEquals(meanAbsError, row.backtestMeanAbsError());
    }
}

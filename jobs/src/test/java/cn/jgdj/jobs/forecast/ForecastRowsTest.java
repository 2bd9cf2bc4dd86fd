package cn.jgdj.jobs.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.jgdj.schemas.indicators.Indicators.Forecast;
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
    void aBinNobodyWasInFallsBackToTheProjectionsVerdict() {
        assertEquals(1.0, ForecastRows.attainShare(java.util.Map.of(), "ordinary", 4), EPS);
        assertEquals(0.0, ForecastRows.attainShare(java.util.Map.of(), "ordinary", 2), EPS);
    }
}

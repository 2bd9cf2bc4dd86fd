package cn.jgdj.jobs.trends;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendRowsTest {
    private static SeriesPoint p(String indicator, String group, String quarter, double value, boolean suppressed) {
        return new SeriesPoint(indicator, Dimensions.AGE_BAND, group, Period.parse(quarter), value, suppressed);
    }

    @Test
    void orderedByHeadlineAgeBandAndQuarter() {
        List<TrendQuarter> rows = TrendRows.of(List.of(
                p(Trends.VOLUNTEER_PARTICIPATION_RATE, "<=35", "2025Q1", 0.1, false),
                p(Trends.ATTAINMENT_RATE, ">=56", "2025Q1", 0.5, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2025Q2", 0.5, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2024Q4", 0.5, false)));
        assertEquals(List.of("attainment_rate <=35 2024Q4", "attainment_rate <=35 2025Q2",
                        "attainment_rate >=56 2025Q1", "volunteer_participation_rate <=35 2025Q1"),
                rows.stream().map(r -> r.point().indicator() + " " + r.point().group() + " " + r.point().quarter())
                        .toList());
    }

    @Test
    void orderIsTotalWhateverOrderThePointsArriveIn() {
        // Ties of rank (an undeclared dimension, groups that are not age bands) are broken by name, then quarter.
        List<SeriesPoint> points = new java.util.ArrayList<>();
        for (String dimension : List.of(Dimensions.UNIT, "zz_dimension", Dimensions.ALL)) {
            for (String group : List.of("U10", "U02")) {
                for (String quarter : List.of("2025Q1", "2024Q4")) {
                    points.add(new SeriesPoint(Trends.COMPLIANCE_RATE, dimension, group, Period.parse(quarter), 0.5,
                            false));
                }
            }
        }
        List<String> expected = new java.util.ArrayList<>();
        for (String dimension : List.of(Dimensions.ALL, Dimensions.UNIT, "zz_dimension")) {
            for (String group : List.of("U02", "U10")) {
                expected.add(dimension + " " + group + " 2024Q4");
                expected.add(dimension + " " + group + " 2025Q1");
            }
        }
        java.util.Random random = new java.util.Random(11);
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            java.util.Collections.shuffle(points, random);
            assertEquals(expected, TrendRows.of(points).stream()
                    .map(r -> r.point().dimension() + " " + r.point().group() + " " + r.point().quarter().toString())
                    .toList(), "shuffle " + shuffle);
        }
    }

    @Test
    void directionNeedsSignificanceAndASign() {
        // The sign is the seasonal Kendall S's, never a slope's.
        assertEquals(Trends.RISING, SeriesStatistics.direction(0.01, 35));
        assertEquals(Trends.FALLING, SeriesStatistics.direction(0.049, -2));
        assertEquals(Trends.FLAT, SeriesStatistics.direction(0.05, 35));
        assertEquals(Trends.FLAT, SeriesStatistics.direction(0.01, 0));
    }

    @Test
    void quartersAreTheSeasonsAndYearsTheirIndexes() {
        // 2024Q2, 2025Q2 (season 2) and 2026Q1 (season 1, year index 2); missing years are NaN.
        double[][] seasons = SeriesStatistics.seasons(List.of(p(Trends.ATTAINMENT_RATE, "<=35", "2025Q2", 0.3, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2024Q2", 0.2, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2026Q1", 0.1, false)));
        assertEquals(4, seasons.length);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 0.1}, seasons[0]);
        assertArrayEquals(new double[] {0.2, 0.3, Double.NaN}, seasons[1]);
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN}, seasons[3]);
        SeriesStatistics s = SeriesStatistics.of(List.of(p(Trends.ATTAINMENT_RATE, "<=35", "2025Q2", 0.3, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2024Q2", 0.2, false)));
        // One pair, one year apart: S = 1, Var = 1, Z = 0, slope 0.1 per year.
        assertEquals(1L, s.skS());
        assertEquals(0.0, s.skZ());
        assertEquals(0.3 - 0.2, s.slopePerYear(), 1e-15);
    }

    @Test
    void tooFewUnsuppressedQuartersGiveNoStatistics() {
        SeriesStatistics s = SeriesStatistics.of(List.of(p(Trends.ATTAINMENT_RATE, "<=35", "2025Q1", 0.1, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2025Q2", 0.2, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2025Q3", 0.3, true)));
        assertEquals(SeriesStatistics.NONE, s);
    }

    @Test
    void duplicateQuarterIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrendRows.of(List.of(
                p(Trends.ATTAINMENT_RATE, "<=35", "2025Q1", 0.1, false),
                p(Trends.ATTAINMENT_RATE, "<=35", "2025Q1", 0.2, false))));
        assertEquals("two values for attainment_rate age_band=<=35 in 2025Q1", e.getMessage());
    }

    @Test
    void aSeriesPointIsAQuarter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SeriesPoint(
                Trends.ATTAINMENT_RATE, Dimensions.ALL, Dimensions.ALL, Period.parse("2025-04"), 0.5, false));
        assertEquals("'2025-04' is not a quarter like 2025Q2", e.getMessage());
    }
}

package cn.jgdj.dashboards.findings;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.text.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarters a significant trend is "over": each series' own unsuppressed quarters with a value, up to the latest. */
class TrendCountsTest {
    private static final String HEADER = "indicator,dimension,group,period,value,yoy_change,sen_slope_per_year,"
            + "sen_slope_ci_low,sen_slope_ci_high,sk_s,sk_z,sk_p,direction,suppressed\n";

    @TempDir
    Path out;

    private static String row(String group, String period, String value, boolean suppressed) {
        return "attainment_rate,unit," + group + "," + period + "," + value + ",,-0.1,-0.2,-0.05,-6,-2.1,0.01,falling,"
                + suppressed + "\n";
    }

    @Test
    void eachSeriesCountsItsOwnQuarters() throws IOException {
        // U01: 2025Q1 suppressed, 2025Q2 without a value, 2025Q3 and 2025Q4 counted, 2026Q1 after the review: 2.
        // U02: 2024Q4 to 2025Q4, five quarters, all counted: 5. Nothing significant for all members.
        String csv = HEADER + row("U01", "2025Q1", "0.5", true) + row("U01", "2025Q2", "", false)
                + row("U01", "2025Q3", "0.4", false) + row("U01", "2025Q4", "0.3", false)
                + row("U01", "2026Q1", "0.2", false)
                + row("U02", "2024Q4", "0.9", false) + row("U02", "2025Q1", "0.8", false)
                + row("U02", "2025Q2", "0.7", false) + row("U02", "2025Q3", "0.6", false)
                + row("U02", "2025Q4", "0.5", false);
        Files.createDirectories(out.resolve("indicators"));
        Files.writeString(out.resolve("indicators/trends.csv"), csv);
        var ctx = Fixture.context(IndicatorTables.load(out), "2025", Lang.EN);
        Texts x = Texts.of(Lang.EN);
        List<String> lines = Findings.trends(ctx, x, new LinkedHashSet<>());
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(x.get("trend.none"), lines.get(0));
        assertTrue(lines.get(1).contains("U01") && lines.get(1).contains("over the last 2 quarters"), lines.get(1));
        assertTrue(lines.get(2).contains("U02") && lines.get(2).contains("over the last 5 quarters"), lines.get(2));
    }
}

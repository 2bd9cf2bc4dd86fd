package cn.jgdj.dashboards.figures;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.packs.PackDefinition;
import cn.jgdj.dashboards.packs.Packs;
import cn.jgdj.dashboards.text.Lang;
import java.nio.file.Path;
import org.jfree.chart.plot.Plot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no indicator files at all, every chart of every pack still builds and draws, saying "no data". */
class NoDataTest {
    @TempDir
    Path empty;

    @Test
    void everyChartSaysNoDataWhenItsTableIsMissing() {
        IndicatorTables none = IndicatorTables.load(empty);
        for (PackDefinition pack : Packs.ALL) {
            PackContext ctx = Fixture.context(none, pack.periodKind() == cn.jgdj.schemas.Period.Kind.YEAR
                    ? "2025" : "2025Q3", Lang.ZH);
            for (Figure f : pack.figures()) {
                for (PackChart c : f.build(ctx)) {
                    Plot plot = c.chart().getPlot();
                    assertTrue(plot.getNoDataMessage().startsWith("无数据"), c.id() + ": " + plot.getNoDataMessage());
                    assertTrue(plot.getNoDataMessage().contains(".csv"), c.id());
                    ChartModel.drawsWithoutError(c);
                }
            }
        }
    }
}

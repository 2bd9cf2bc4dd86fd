package cn.jgdj.dashboards.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.figures.VenueUse;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Lang;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A figure's registration line in {@link Packs} is there once per pack, and every published table has a chart that
 * reads it: a new indicator whose figure was left out of every pack fails here, as one listed twice does. Its job's
 * registration is checked on the jobs side (JobCatalogTest: every job class with a SPEC is registered, and every
 * published table is written by exactly one registered job).
 */
class PackRegistrationTest {

    @Test
    void everyPublishedTableButTheUnitDirectoryIsReadByAChart() {
        // The unit directory gives the labels their unit names (PackContext), not a chart of its own.
        assertEquals(List.of(Indicators.UnitDirectory.NAME), tablesNoChartReads(Packs.ALL));
    }

    @Test
    void aFigureLeftOutOfEveryPackLeavesItsTableUnread() {
        List<PackDefinition> withoutVenues = Packs.ALL.stream()
                .map(p -> withFigures(p, fs -> fs.stream().filter(f -> !(f instanceof VenueUse)).toList())).toList();
        assertEquals(List.of(Indicators.UnitDirectory.NAME, Indicators.VenueUse.NAME),
                tablesNoChartReads(withoutVenues));
    }

    @Test
    void noPackListsAChartTwice() {
        assertEquals(List.of(), chartsListedTwice(Packs.ALL));
        PackDefinition twice = withFigures(Packs.ANALYST_PACK, fs -> {
            List<Figure> more = new ArrayList<>(fs);
            more.add(new VenueUse());
            return more;
        });
        assertEquals(List.of("analyst: venue_use"), chartsListedTwice(List.of(twice)));
    }

    /** Published tables no chart of these packs reads, in the order of Indicators.PUBLISHED. */
    private static List<String> tablesNoChartReads(List<PackDefinition> packs) {
        Set<String> read = new HashSet<>();
        for (PackDefinition pack : packs) {
            IndicatorTables tables = Fixture.tables();
            PackContext ctx = Fixture.context(tables, pack.periodKind() == Period.Kind.QUARTER ? "2025Q3" : "2025",
                    Lang.ZH);
            Set<String> beforeCharts = new HashSet<>(tables.requested());
            for (Figure f : pack.figures()) {
                f.build(ctx);
            }
            tables.requested().stream().filter(t -> !beforeCharts.contains(t)).forEach(read::add);
        }
        return Indicators.PUBLIC_TABLES.stream().filter(t -> !read.contains(t)).toList();
    }

    private static List<String> chartsListedTwice(List<PackDefinition> packs) {
        List<String> twice = new ArrayList<>();
        for (PackDefinition pack : packs) {
            Set<String> seen = new HashSet<>();
            pack.figures().stream().map(Figure::id).filter(id -> !seen.add(id))
                    .forEach(id -> twice.add(pack.id() + ": " + id));
        }
        return twice;
    }

    private static PackDefinition withFigures(PackDefinition p, UnaryOperator<List<Figure>> change) {
        return new PackDefinition(p.id(), p.periodKind(), p.title(), change.apply(p.figures()), p.definitions(),
                p.appendices());
    }
}

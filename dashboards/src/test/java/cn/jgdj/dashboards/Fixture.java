package cn.jgdj.dashboards;

import cn.jgdj.dashboards.charts.ChartTheme;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.dashboards.text.Lang;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

/** The hand-written indicator fixture under src/test/resources/fixture (an OUT folder). */
public final class Fixture {
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 5);
    public static final String RUN_ID = "R20260105";

    private Fixture() {
    }

    public static Path root() {
        try {
            return Path.of(Fixture.class.getResource("/fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static IndicatorTables tables() {
        return IndicatorTables.load(root());
    }

    public static PackContext context(IndicatorTables tables, String period, Lang lang) {
        Labels labels = new Labels(lang, tables.unitNames(), Labels.DEFAULT_MIN_CELL_SIZE);
        return new PackContext(tables, Period.parse(period), labels,
                new ChartTheme(CjkFonts.system().forLang(lang), labels), AS_OF, RUN_ID);
    }

    public static PackContext context(String period) {
        return context(tables(), period, Lang.ZH);
    }
}

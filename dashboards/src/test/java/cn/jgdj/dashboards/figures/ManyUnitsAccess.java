package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.IndicatorTables;

/** Lets tests of other packages use the 120-unit table set. */
public final class ManyUnitsAccess {
    private ManyUnitsAccess() {
    }

    public static IndicatorTables tables(int units) {
        return ManyUnits.tables(units);
    }
}

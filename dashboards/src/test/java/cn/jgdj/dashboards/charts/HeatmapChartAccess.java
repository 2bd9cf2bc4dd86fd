package cn.jgdj.dashboards.charts;

import java.util.List;

/** Lets figure tests ask the heat map's layout decision. */
public final class HeatmapChartAccess {
    private HeatmapChartAccess() {
    }

    public static boolean columnsTooWide(List<String> columns) {
        return HeatmapChart.columnsTooWide(columns);
    }
}

package cn.jgdj.dashboards.charts;

/**
 * The words around a chart: a title saying what and when, an optional subtitle, axis labels with units, the
 * source line (data as-of, n, table) and what the plot says when it has nothing to draw.
 */
public record ChartText(String title, String subtitle, String categoryAxis, String valueAxis, String source,
                        String noData) {

    public ChartText withTitle(String title) {
        return new ChartText(title, subtitle, categoryAxis, valueAxis, source, noData);
    }

    public ChartText withAxes(String categoryAxis, String valueAxis) {
        return new ChartText(title, subtitle, categoryAxis, valueAxis, source, noData);
    }

    public ChartText withSubtitle(String subtitle) {
        return new ChartText(title, subtitle, categoryAxis, valueAxis, source, noData);
    }

    public ChartText withNoData(String noData) {
        return new ChartText(title, subtitle, categoryAxis, valueAxis, source, noData);
    }
}

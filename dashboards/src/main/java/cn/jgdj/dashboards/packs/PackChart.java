package cn.jgdj.dashboards.packs;

import org.jfree.chart.JFreeChart;

/** One chart page of a pack: its file id, title and short reading text, the chart and its drawing size in px. */
public record PackChart(String id, String title, String description, JFreeChart chart, int width, int height) {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 620;
    /** Width of the tall charts (one row per unit or group); their height grows with the rows. */
    public static final int TALL_WIDTH = 900;

    /** A chart of the standard landscape size. */
    public static PackChart standard(String id, String title, String description, JFreeChart chart) {
        return new PackChart(id, title, description, chart, WIDTH, HEIGHT);
    }

    /** A chart with one row per item, tall enough for each row to read. */
    public static PackChart tall(String id, String title, String description, JFreeChart chart, int rows,
                                 int pxPerRow) {
        return new PackChart(id, title, description, chart, TALL_WIDTH, Math.max(460, 190 + rows * pxPerRow));
    }
}

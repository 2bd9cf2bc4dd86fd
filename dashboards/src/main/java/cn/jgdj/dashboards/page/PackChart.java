package cn.jgdj.dashboards.page;

import org.jfree.chart.JFreeChart;

/** One chart page of a pack: its file id, title and short reading text, the chart and its drawing size in px. */
public record PackChart(String id, String title, String description, JFreeChart chart, int width, int height) {

    public static final int WIDTH = 1000;
    public static final int HEIGHT = 620;
    /**
     * Width of the tall charts (one row per unit or group), their height growing with the rows: the paper width,
     * so they print on A4 portrait at 0.7 pt per px (900 px printed 12 px text at 7.2 pt).
     */
    public static final int TALL_WIDTH = 760;

    /** A chart of the standard landscape size. */
    public static PackChart standard(String id, String title, String description, JFreeChart chart) {
        return new PackChart(id, title, description, chart, WIDTH, HEIGHT);
    }

    /** Width of a one-page list drawn on A4 portrait: narrow enough that 12 px ticks print at 8 pt or more. */
    public static final int PAPER_WIDTH = 760;
    /** Rows a one-page list holds at {@link #PAPER_WIDTH} with 22 px rows and its reading text under it. */
    public static final int PAPER_ROWS = 35;

    /** A one-page list for paper: one row per item, at most {@link #PAPER_ROWS} rows. */
    public static PackChart paper(String id, String title, String description, JFreeChart chart, int rows) {
        if (rows > PAPER_ROWS) {
            throw new IllegalArgumentException(id + ": " + rows + " rows do not fit one page (at most " + PAPER_ROWS + ")");
        }
        return new PackChart(id, title, description, chart, PAPER_WIDTH, Math.max(460, 190 + rows * 22));
    }

    /** A chart with one row per item, tall enough for each row to read. */
    public static PackChart tall(String id, String title, String description, JFreeChart chart, int rows,
                                 int pxPerRow) {
        return new PackChart(id, title, description, chart, TALL_WIDTH, Math.max(460, 190 + rows * pxPerRow));
    }
}

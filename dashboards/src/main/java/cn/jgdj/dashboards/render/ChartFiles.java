package cn.jgdj.dashboards.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/** Draws a chart to PNG and SVG through the one {@link #draw} path that the PDF writer also uses. */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** Draws the chart laid out at width × height, scaled by {@code scale}, at the graphics' origin. */
    public static void draw(JFreeChart chart, Graphics2D g2, int width, int height, double scale) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.scale(scale, scale);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    }

    /** A PNG at the chart's size. */
    public static void png(JFreeChart chart, int width, int height, Path file) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            draw(chart, g2, width, height, 1.0);
        } finally {
            g2.dispose();
        }
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** An SVG whose text is drawn as vector paths, so it displays the same without the font. */
    public static void svg(JFreeChart chart, int width, int height, Path file) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        draw(chart, g2, width, height, 1.0);
        try {
            Files.writeString(file, g2.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

package cn.jgdj.dashboards.render;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.page.PackChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts drawn to PNG and SVG on a pool: the same files as drawn one after the other, in the pack's order. */
class ChartDrawingTest {
    @TempDir
    Path dir;

    private static JFreeChart bars(String title, double... values) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int i = 0; i < values.length; i++) {
            d.addValue(values[i], "rate", "U" + (i + 1));
        }
        return ChartFactory.createBarChart(title, null, null, d);
    }

    private static List<PackChart> charts() {
        List<PackChart> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(new PackChart("c" + i, "t", "d", bars("chart " + i, 0.2 * i, 0.5, 1 - 0.1 * i), 320, 200));
        }
        return list;
    }

    @Test
    void filesListInThePacksOrderAndEqualTheOnesDrawnOneAfterTheOther() throws IOException {
        Path pooled = Files.createDirectories(dir.resolve("pooled"));
        Path alone = Files.createDirectories(dir.resolve("alone"));
        List<String> files;
        try (ChartDrawing drawing = new ChartDrawing(2)) {
            files = drawing.start(charts(), pooled);
            for (int i = 0; i < 5; i++) {
                drawing.awaitChart(i);
                assertTrue(Files.exists(pooled.resolve("c" + i + ".svg")));
            }
            drawing.awaitAll();
        }
        assertEquals(List.of("c0.png", "c0.svg", "c1.png", "c1.svg", "c2.png", "c2.svg", "c3.png", "c3.svg",
                "c4.png", "c4.svg"), files);
        for (PackChart c : charts()) {
            ChartFiles.png(c.chart(), c.width(), c.height(), alone.resolve(c.id() + ".png"));
            ChartFiles.svg(c.chart(), c.width(), c.height(), alone.resolve(c.id() + ".svg"));
        }
        for (String f : files) {
            if (f.endsWith(".png")) {
                assertArrayEquals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(pooled.resolve(f)), f);
            } else {
                assertEquals(svgWithoutClipPrefix(alone.resolve(f)), svgWithoutClipPrefix(pooled.resolve(f)), f);
            }
        }
    }

    /** JFreeSVG names its clip paths after System.nanoTime() (_83437302078150clip-0): never the same twice. */
    private static String svgWithoutClipPrefix(Path svg) throws IOException {
        String text = Files.readString(svg);
        assertTrue(text.contains("clip-0"), svg + " has clip paths");
        return text.replaceAll("_[0-9]+clip-", "_clip-");
    }

    @Test
    void aChartThatCannotBeDrawnFailsTheWaitForItAndOtherWorkRuns() {
        List<PackChart> list = new ArrayList<>(charts().subList(0, 2));
        list.add(new PackChart("empty", "t", "d", bars("no size", 1), 0, 200));
        AtomicInteger html = new AtomicInteger();
        // One thread: the work runs in the order given, so the HTML stand-in has run before the second chart.
        try (ChartDrawing drawing = new ChartDrawing(1)) {
            drawing.alsoRun(html::incrementAndGet);
            drawing.start(list, dir);
            drawing.awaitChart(0);
            drawing.awaitChart(1);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> drawing.awaitChart(2));
            assertEquals("Width (0) and height (200) cannot be <= 0", e.getMessage());
            assertThrows(IllegalArgumentException.class, drawing::awaitAll);
        }
        assertEquals(1, html.get());
        assertFalse(Files.exists(dir.resolve("empty.png")));
    }
}

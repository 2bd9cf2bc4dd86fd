package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.indicators.Indicators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on a small demo county, in this JVM: generate, ingest, quality gate, every indicator family,
 * trends, under-served groups and the three packs; then a resume of that run, which has nothing left to do.
 */
class DemoCommandTest {
    private static final List<String> TABLES = List.of(Indicators.Coverage.NAME, Indicators.Participation.NAME,
            Indicators.BranchCompliance.NAME, Indicators.ObservationCoverage.NAME, Indicators.PlatformEngagement.NAME,
            Indicators.Volunteer.NAME, Indicators.VenueUse.NAME, Indicators.Trends.NAME, Indicators.UnderServed.NAME,
            Indicators.Effectiveness.NAME, Indicators.Forecast.NAME, Indicators.SecretaryReadiness.NAME,
            Indicators.DataQuality.NAME);

    @Test
    void aSmallCountyRunsEndToEndAndItsResumeSkipsEverything(@TempDir Path tmp) throws IOException {
        Cli demo = Cli.run(Map.of(), "demo", "--out", tmp.toString(), "--members", "300", "--years", "2");

        assertEquals(0, demo.exitCode(), demo.out() + demo.err());
        assertTrue(demo.err().contains("warning: member ids are hashed with the built-in demo key"), demo.err());
        Matcher run = Pattern.compile("Run (\\S+) succeeded in \\d+ s: 32 task\\(s\\) run, 0 up to date\\.")
                .matcher(demo.out());
        assertTrue(run.find(), demo.out());
        Matcher planted = Pattern.compile("planted dirty rows: ([\\d,]+); quarantined by ingest: ([\\d,]+)")
                .matcher(demo.out());
        assertTrue(planted.find(), demo.out());
        assertEquals(planted.group(1), planted.group(2), "ingest quarantines exactly the planted dirty rows");
        for (String table : TABLES) {
            Path csv = tmp.resolve("indicators/" + table + ".csv");
            assertTrue(Files.size(csv) > 0 && Files.readAllLines(csv).size() > 1, csv + " has rows");
        }
        assertTrue(Files.isDirectory(tmp.resolve("restricted/followup")));
        for (String pdf : List.of("reports/2025/committee/committee.pdf", "reports/2025/analyst/analyst.pdf",
                "reports/2025Q4/leadership/leadership.pdf")) {
            assertTrue(demo.out().contains(tmp.resolve(pdf).toString()), "the summary says where " + pdf + " is");
            try (PDDocument doc = Loader.loadPDF(tmp.resolve(pdf).toFile())) {
                assertTrue(doc.getNumberOfPages() > 1, pdf);
            }
        }
        assertTrue(Files.isRegularFile(tmp.resolve("runs/" + run.group(1) + ".json")));

        Cli resume = Cli.run(Map.of(), "run", "--out", tmp.toString(), "--resume", run.group(1));

        assertEquals(0, resume.exitCode(), resume.out() + resume.err());
        assertTrue(resume.out().contains("succeeded in") && resume.out().contains(": 0 task(s) run, 32 up to date."),
                resume.out());

        // Packs can be re-rendered from the tables alone, in another language, without Spark.
        Cli report = Cli.run(Map.of(), "report", "--out", tmp.toString(), "--period", "2025", "--pack", "analyst",
                "--lang", "en");

        assertEquals(0, report.exitCode(), report.out() + report.err());
        assertTrue(report.out().contains("wrote " + tmp.resolve("reports/2025/analyst/analyst.pdf")), report.out());
    }
}

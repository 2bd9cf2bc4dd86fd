package cn.jgdj.pipeline.cli;

import cn.jgdj.dashboards.packs.PackRenderer;
import cn.jgdj.dashboards.packs.PackRequest;
import cn.jgdj.dashboards.packs.Packs;
import cn.jgdj.dashboards.text.Lang;
import cn.jgdj.pipeline.ExitCode;
import cn.jgdj.pipeline.runner.RunRecords;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.run.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pipeline report}: (re)renders review packs from the indicator tables already in OUT. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Render review packs from the indicator tables in OUT/indicators (no Spark): a year gives "
                + "the committee and analyst packs, a quarter the leadership pack. Each pack goes to "
                + "OUT/reports/PERIOD/PACK/ (PDF, index.html, PNG and SVG charts), replacing an older one whole.",
                "The title page names the latest run in OUT/runs and its as-of date."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline report --out out/ --period 2025",
                "  pipeline report --out out/ --period 2025Q3 --lang en",
                "  pipeline report --out out/ --period 2024 --pack analyst"})
final class ReportCommand extends PipelineCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root of a pipeline run.")
    Path out;

    @Option(names = "--period", required = true, paramLabel = "PERIOD",
            description = "A year (2025) or a quarter (2025Q3).")
    String period;

    @Option(names = "--pack", paramLabel = "NAME",
            description = "committee, analyst (a year) or leadership (a quarter); default: every pack of the period.")
    String pack;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of the packs (default: ${DEFAULT-VALUE}).")
    String lang;

    @Override
    protected int execute() {
        Period parsed = period.matches(Period.LABEL_REGEX) ? Period.parse(period) : null;
        if (parsed == null || parsed.isMonth()) {
            throw new UsageException("--period '" + period + "' is not a year (2025) or a quarter (2025Q3)");
        }
        if (pack != null && Packs.ALL.stream().noneMatch(p -> p.id().equals(pack))) {
            throw new UsageException("--pack '" + pack + "' is not a pack: committee, analyst or leadership");
        }
        Lang language;
        try {
            language = Lang.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--lang: " + e.getMessage());
        }
        if (!Files.isDirectory(out.resolve("indicators"))) {
            throw new UsageException("there are no indicator tables in " + out.resolve("indicators")
                    + ": run the pipeline into " + out + " first");
        }
        // The same machine checks as a run (font for Chinese packs, heap, writable OUT), before any rendering.
        new Preflight(Preflight.Machine.current(), new org.apache.hadoop.conf.Configuration())
                .check(out.toString(), language == Lang.ZH, Preflight.diskNeed(0));
        Optional<RunRecord> run = latestRun();
        LocalDate asOf = run.map(RunRecord::asOf).filter(a -> a != null && !a.equals("null")).map(LocalDate::parse)
                .orElse(null);
        List<Path> files;
        try {
            files = PackRenderer.render(new PackRequest(out, period, pack, language,
                    run.map(RunRecord::runId).orElse(null), asOf));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        files.stream().filter(f -> f.getFileName().toString().endsWith(".pdf")
                        || f.getFileName().toString().equals("index.html"))
                .forEach(f -> out().println("wrote " + f));
        out().println(files.size() + " files in all (charts as PNG and SVG beside each pack).");
        return ExitCode.OK;
    }

    /** The most recent run record under OUT/runs (run ids sort by start time). */
    private Optional<RunRecord> latestRun() {
        Path runs = out.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(runs)) {
            Optional<String> latest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{8}T\\d{6}-[0-9a-f]{4}\\.json")).sorted()
                    .reduce((a, b) -> b).map(n -> n.substring(0, n.length() - ".json".length()));
            return latest.flatMap(id -> new RunRecords(new OutputLayout(out.toString()),
                    new org.apache.hadoop.conf.Configuration()).read(id));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("listing " + runs + ": " + e.getMessage(), e);
        }
    }
}

package cn.jgdj.pipeline.dag;

import cn.jgdj.dashboards.data.CsvFile;
import cn.jgdj.dashboards.packs.PackRenderer;
import cn.jgdj.dashboards.packs.PackRequest;
import cn.jgdj.dashboards.packs.Packs;
import cn.jgdj.dashboards.text.Lang;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.indicators.Indicators;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileUtil;

/**
 * The review pack tasks: committee and analyst packs for the review year, the leadership pack for the latest
 * complete quarter (periods from {@link ReviewPeriods}). The renderer writes OUT/reports/PERIOD/PACK/ atomically
 * itself; the task's declared output is the pack's manifest reports/PACK.json (period, folder, files), committed
 * with the task like any output, so resume and "where are the packs" do not depend on a period known in advance.
 */
public final class PackTasks {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackTasks() {
    }

    /** The manifest a pack task writes: reports/PACK.json. */
    public static String manifest(String pack) {
        return "reports/" + pack + ".json";
    }

    /**
     * The three pack tasks, declared like every job. They read every indicator table the DAG produces (a table whose
     * job is not declared yet is left out: the pack then says it is missing) and the ingest report.
     */
    static List<JobSpec> specs(PipelineOptions options, Set<String> produced) {
        List<String> inputs = new ArrayList<>();
        for (String t : Indicators.PUBLIC_TABLES) {
            if (produced.contains(Catalog.indicator(t))) {
                inputs.add(Catalog.indicator(t));
            }
        }
        inputs.add(Catalog.INGEST_REPORT);
        List<JobSpec> specs = new ArrayList<>();
        for (String pack : List.of(Packs.COMMITTEE, Packs.ANALYST, Packs.LEADERSHIP)) {
            specs.add(new JobSpec(pack + "_pack", inputs, List.of(manifest(pack)),
                    (io, params) -> render(io, params, options, pack)));
        }
        return specs;
    }

    private static void render(JobIO io, JobParams params, PipelineOptions options, String pack) throws Exception {
        if (!io.exists(Catalog.indicator(Indicators.Coverage.NAME))) {
            throw new IllegalStateException("the packs need indicators/coverage to know the periods to review");
        }
        ReviewPeriods review = ReviewPeriods.resolve(coveragePeriods(io), params.reviewYear(), params.asOf());
        String period = pack.equals(Packs.LEADERSHIP) ? review.quarter() : review.yearPeriod();
        List<Path> files = renderPack(io, params, options, pack, period);
        String folder = "reports/" + period + "/" + pack;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pack", pack);
        m.put("period", period);
        m.put("lang", options.lang());
        m.put("folder", folder);
        m.put("pdf", folder + "/" + pack + ".pdf");
        m.put("html", folder + "/index.html");
        m.put("files", files.size());
        try {
            io.writeText(manifest(pack), JSON.writeValueAsString(m) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The distinct periods of indicators/coverage, from its CSV copy, committed with the table: read on the driver,
     * where a distinct over the Parquet table cost two Spark jobs per pack.
     */
    static List<String> coveragePeriods(JobIO io) {
        String name = Catalog.indicator(Indicators.Coverage.NAME) + ".csv";
        String text = io.readText(name);
        if (text == null) {
            throw new IllegalStateException("the packs need " + name + " (the CSV copy of indicators/coverage) to "
                    + "know the periods to review; it is missing at " + io.location(name));
        }
        CsvFile csv = CsvFile.parse(name, text);
        int period = csv.column(Indicators.PERIOD);
        return csv.records().stream().map(r -> r.cells().get(period)).distinct().toList();
    }

    /** Renders in place under a local OUT; for a Hadoop filesystem URI, through a local scratch folder. */
    private static List<Path> renderPack(JobIO io, JobParams params, PipelineOptions options, String pack,
                                         String period) throws IOException {
        String out = options.outRoot();
        if (!RemotePackOutput.needed(out)) {
            return PackRenderer.render(request(Path.of(out).toAbsolutePath(), params, options, pack, period));
        }
        RemotePackOutput remote = new RemotePackOutput(io.spark().sparkContext().hadoopConfiguration(), out);
        Path scratch = Files.createTempDirectory("jgdj-" + pack + "-pack-");
        try {
            remote.pull(scratch, options.runId());
            List<Path> files = PackRenderer.render(request(scratch, params, options, pack, period));
            Path local = Path.of(new OutputLayout(scratch.toString()).report(period, pack));
            remote.publish(local, period, pack);
            return files;
        } finally {
            FileUtil.fullyDelete(scratch.toFile());
        }
    }

    private static PackRequest request(Path root, JobParams params, PipelineOptions options, String pack,
                                       String period) {
        return new PackRequest(root, period, pack, Lang.parse(options.lang()), options.runId(), params.asOf(),
                params.minCellSize());
    }
}

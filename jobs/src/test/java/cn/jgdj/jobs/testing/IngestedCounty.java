package cn.jgdj.jobs.testing;

import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GeneratorConfig;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.ingest.IngestJob;
import cn.jgdj.jobs.ingest.MemberKeys;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.raw.DatasetDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * A generated demo county ingested once per test JVM and shared by the test classes that check different things
 * about the same ingest (what it quarantined, what the jobs downstream of it find): generating and ingesting a
 * county costs tens of CPU seconds, the checks a fraction of that. Each ingest task runs as the pipeline runs it,
 * through its own staging, committed when it returns. Classes may add their own downstream outputs to
 * {@link #out()}; none may change what ingest wrote.
 *
 * @param input   the county's raw exports and truth.json
 * @param out     the output root holding the committed ingest outputs
 * @param params  the parameters every task of the county runs with (as of 31 December of the last year)
 * @param counts  what each dataset's ingest returned, by dataset name, in {@link Datasets#ALL} order
 */
public record IngestedCounty(Path input, Path out, JobParams params, Map<String, IngestCounts> counts) {
    private static final Map<String, IngestedCounty> BY_CONFIG = new HashMap<>();

    /** The county of these sizes and seed, generated and ingested on first use in this JVM. */
    public static synchronized IngestedCounty of(SparkSession spark, int members, int years, int lastYear,
                                                 long seed) {
        String key = members + "x" + years + "@" + lastYear + "#" + seed;
        IngestedCounty county = BY_CONFIG.get(key);
        if (county == null) {
            county = ingest(spark, members, years, lastYear, seed);
            BY_CONFIG.put(key, county);
        }
        return county;
    }

    private static IngestedCounty ingest(SparkSession spark, int members, int years, int lastYear, long seed) {
        try {
            Path dir = Files.createTempDirectory("jgdj-county-" + members + "x" + years + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            Path input = dir.resolve("input");
            Path out = dir.resolve("out");
            DemoCountyGenerator.generate(new GeneratorConfig(input, members, years, lastYear, seed));
            JobParams params = new JobParams(input.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE,
                    LocalDate.of(lastYear, 12, 31), null, MemberKeys.DEMO_SECRET, true);
            Map<String, IngestCounts> counts = new LinkedHashMap<>();
            for (DatasetDef d : Datasets.ALL) {
                StagedJobIO io = new StagedJobIO(spark, out.toString(), out + "/_staging/ingest_" + d.name());
                counts.put(d.name(), IngestJob.run(io, params, d.name()));
                io.commit();
            }
            return new IngestedCounty(input, out, params, Collections.unmodifiableMap(counts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort at exit: a leftover temp folder is harmless.
        }
    }
}

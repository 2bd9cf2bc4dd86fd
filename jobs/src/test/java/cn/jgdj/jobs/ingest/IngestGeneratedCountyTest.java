package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.generate.DemoCountyGenerator;
import cn.jgdj.jobs.generate.GeneratorConfig;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Ingests a generated demo county (500 members, 2 years) and checks every count against its truth.json. */
@ExtendWith(SparkSessionExtension.class)
class IngestGeneratedCountyTest {

    @Test
    void quarantineAndCollapsedCountsMatchWhatTheGeneratorPlanted(SparkSession spark, @TempDir Path tmp)
            throws Exception {
        Path in = tmp.resolve("in");
        DemoCountyGenerator.generate(new GeneratorConfig(in, 500, 2, 2025, GeneratorConfig.DEFAULT_SEED));
        JsonNode truth = new ObjectMapper().readTree(Files.readString(in.resolve("truth.json")));
        Path out = tmp.resolve("out");
        JobParams params = new JobParams(in.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE,
                LocalDate.of(2025, 12, 31), null, MemberKeys.DEMO_SECRET, true);
        Map<String, IngestCounts> counts = new LinkedHashMap<>();
        for (DatasetDef d : Datasets.ALL) {
            StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/" + d.name()).toString());
            counts.put(d.name(), IngestJob.run(io, params, d.name()));
            io.commit();
        }
        for (DatasetDef d : Datasets.ALL) {
            IngestCounts c = counts.get(d.name());
            Map<ReasonCode, Long> planted = new EnumMap<>(ReasonCode.class);
            for (ReasonCode code : ReasonCode.values()) {
                planted.put(code, truth.path("dirty_rows_by_dataset").path(d.name()).path(code.name()).asLong(0));
            }
            assertEquals(planted, c.quarantined(), d.name() + " quarantined per reason");
            assertEquals(truth.path("exact_duplicates_by_dataset").path(d.name()).asLong(0), c.rowsCollapsed(),
                    d.name() + " exact duplicates collapsed");
            assertEquals(truth.path("rows").path(c.sourceFile()).asLong(-1), c.rowsRead(), d.name() + " rows read");
            assertTrue(c.balanced(), d.name());
            assertEquals(0, c.blankRows(), d.name());
            assertEquals(0, c.ignoredColumns().size(), d.name());
        }
        assertEquals(truth.path("dirty_rows").path("UNKNOWN_MEMBER").asLong(),
                counts.values().stream().mapToLong(c -> c.quarantined().get(ReasonCode.UNKNOWN_MEMBER)).sum());
    }
}

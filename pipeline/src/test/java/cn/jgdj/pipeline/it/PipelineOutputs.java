package cn.jgdj.pipeline.it;

import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.PipelineOptions;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.schemas.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What a successful run must leave in its output root, derived from the pipeline's own DAG. */
final class PipelineOutputs {
    private PipelineOutputs() {
    }

    static Dag dag(Path input, Path out) {
        return PipelineDag.build(new PipelineOptions(input.toString(), out.toString(),
                PipelineOptions.DEFAULT_MAX_QUARANTINE_SHARE, "zh"));
    }

    /** NAME.csv of every indicator a task declares as output, sorted. */
    static List<String> indicatorCsvs(Dag dag) {
        return dag.tasks().stream().flatMap(t -> t.outputs().stream())
                .filter(o -> o.startsWith("indicators/") && Catalog.hasCsvCopy(o))
                .map(o -> o.substring("indicators/".length()) + ".csv").sorted().toList();
    }

    /** The last task in DAG order that writes an indicator: the one with the most of the pipeline upstream. */
    static Task lastIndicatorTask(Dag dag) {
        List<Task> writers = dag.tasks().stream()
                .filter(t -> t.outputs().stream().anyMatch(o -> o.startsWith("indicators/"))).toList();
        if (writers.isEmpty()) {
            throw new AssertionError("the DAG has no task writing an indicator: " + dag.tasks());
        }
        return writers.get(writers.size() - 1);
    }

    /** Every PDF under a folder (the packs under OUT/reports), sorted; none when the folder is missing. */
    static List<Path> pdfs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }
}

package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.airflow.TriggerRequest;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.PipelineDag;
import cn.jgdj.pipeline.dag.PipelineOptions;
import cn.jgdj.pipeline.export.AirflowDagFile;
import cn.jgdj.pipeline.export.DagFileSpec;
import cn.jgdj.pipeline.export.JobsJar;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pipeline airflow export-dag}: writes the pipeline's DAG as an Airflow DAG file. */
@Command(name = "export-dag", mixinStandardHelpOptions = true,
        description = {"Write the pipeline's DAG as an Airflow DAG file (Python; Airflow 2.4+ and 3): one task per "
                + "pipeline task, each running 'pipeline run --only TASK' from the jobs jar with spark-submit, "
                + "the same dependencies, a quarterly schedule, two retries and the period as a DAG param.",
                "Tasks use the Spark provider's SparkSubmitOperator (connection spark_default) when it is installed, "
                        + "else a BashOperator; --spark-master pins the master and always uses the BashOperator.",
                "Copy the file into Airflow's DAG folder; spark-submit must be on the workers' PATH."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline airflow export-dag --out dags/jgdj_pipeline.py --input /data/exports --out-root /data/out",
                "  pipeline airflow export-dag --out dags/jgdj.py --jobs-jar /opt/jgdj/jobs.jar \\",
                "      --spark-master spark://spark-master:7077 --schedule none",
                "  pipeline airflow export-dag --out dags/jgdj.py   # input and output from the Airflow Variables "
                        + DagFileSpec.INPUT_VARIABLE + " and " + DagFileSpec.OUT_ROOT_VARIABLE})
public final class ExportDagCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The DAG file to write (.py).")
    Path out;

    @Option(names = "--dag-id", paramLabel = "ID", defaultValue = TriggerRequest.DEFAULT_DAG_ID,
            description = "The Airflow DAG id (default: ${DEFAULT-VALUE}).")
    String dagId;

    @Option(names = "--jobs-jar", paramLabel = "PATH",
            description = "The jobs jar as the Airflow workers see it (default: pipeline-VERSION-jobs.jar beside this "
                    + "command's code, which bin/pipeline builds).")
    String jobsJar;

    @Option(names = "--input", paramLabel = "URI", description = "The raw exports folder (default: the Airflow "
            + "Variable " + DagFileSpec.INPUT_VARIABLE + " at run time).")
    String input;

    @Option(names = "--out-root", paramLabel = "URI", description = "The output root (default: the Airflow "
            + "Variable " + DagFileSpec.OUT_ROOT_VARIABLE + " at run time).")
    String outRoot;

    @Option(names = "--spark-master", paramLabel = "URL",
            description = "Pin the Spark master (spark://HOST:PORT, yarn, local[*]); default: the master of the "
                    + "Airflow connection given by --spark-conn-id.")
    String sparkMaster;

    @Option(names = "--spark-conn-id", paramLabel = "ID", defaultValue = DagFileSpec.DEFAULT_SPARK_CONN_ID,
            description = "The Airflow connection holding the Spark master (default: ${DEFAULT-VALUE}).")
    String sparkConnId;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE",
            description = "A Spark property for every spark-submit, e.g. spark.executor.memory=2g (repeatable).")
    Map<String, String> sparkConf = new LinkedHashMap<>();

    @Option(names = "--schedule", paramLabel = "WHEN", defaultValue = "quarterly",
            description = "quarterly (" + DagFileSpec.QUARTERLY_CRON + ", UTC), none (only when triggered) "
                    + "or a five-field cron expression (default: ${DEFAULT-VALUE}). Catchup is off, but Airflow "
                    + "still starts the latest due run when the DAG is unpaused.")
    String schedule;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "" + DagFileSpec.DEFAULT_RETRIES,
            description = "How often Airflow retries a failed task, 5 minutes apart (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--max-active-tasks", paramLabel = "N", defaultValue = "" + DagFileSpec.DEFAULT_MAX_ACTIVE_TASKS,
            description = "How many tasks of a run Airflow may run at once (default: ${DEFAULT-VALUE}; each task's "
                    + "'pipeline run --only TASK' locks only its own task on the output root, and a task starts "
                    + "only after the tasks writing its inputs have succeeded).")
    int maxActiveTasks;

    @Override
    public Integer call() throws IOException {
        if (!out.getFileName().toString().endsWith(".py")) {
            throw new UsageException("--out " + out + ": Airflow reads only .py files from its DAG folder");
        }
        DagFileSpec fileSpec;
        try {
            fileSpec = DagFileSpec.of(dagId, jobsJar())
                    .withData(absoluteIfLocal(input), absoluteIfLocal(outRoot))
                    .withSpark(sparkMaster, sparkConnId, sparkConf)
                    .withSchedule(cron(schedule), retries)
                    .withMaxActiveTasks(maxActiveTasks)
                    .withRunId(RunCommandOptions.of(spec).acceptsRunId());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        // The task structure does not depend on where the data is; the options only name the sources' files.
        Dag dag = PipelineDag.build(new PipelineOptions(fileSpec.input() == null ? "INPUT" : fileSpec.input(),
                fileSpec.outRoot() == null ? "OUT" : fileSpec.outRoot(),
                PipelineOptions.DEFAULT_MAX_QUARANTINE_SHARE, "zh"));
        write(out, AirflowDagFile.render(dag, fileSpec));

        PrintWriter o = spec.commandLine().getOut();
        o.println("Wrote DAG " + fileSpec.dagId() + " (" + dag.tasks().size() + " tasks, "
                + AirflowDagFile.edges(dag).size() + " dependencies) to " + out + ".");
        o.println("Copy it into Airflow's DAG folder. spark-submit must be on the workers' PATH"
                + (fileSpec.sparkMaster() != null ? "; tasks submit to " + fileSpec.sparkMaster() + "."
                : "; set the Airflow connection " + fileSpec.sparkConnId() + " to the Spark master, e.g. AIRFLOW_CONN_"
                + fileSpec.sparkConnId().toUpperCase(java.util.Locale.ROOT) + "=spark://HOST:7077."));
        if (fileSpec.input() == null || fileSpec.outRoot() == null) {
            o.println("Set the Airflow Variables " + DagFileSpec.INPUT_VARIABLE + " and "
                    + DagFileSpec.OUT_ROOT_VARIABLE + " (or export again with --input and --out-root).");
        }
        if (!fileSpec.jobsJar().contains("://") && !Files.isRegularFile(Path.of(fileSpec.jobsJar()))) {
            o.println("Note: " + fileSpec.jobsJar() + " does not exist here; it must exist on the Airflow workers.");
        }
        if (!fileSpec.passRunId()) {
            o.println("Note: 'pipeline run' has no --run-id option, so task records carry their own run ids, "
                    + "not Airflow's.");
        }
        return 0;
    }

    private String jobsJar() {
        if (jobsJar != null) {
            return absoluteIfLocal(jobsJar);
        }
        return JobsJar.running().orElseThrow(() -> new UsageException(
                "give --jobs-jar PATH: there is no pipeline-*-jobs.jar beside this command's code (bin/pipeline "
                        + "builds it; or build it with: mvn -pl pipeline -am package -DskipTests)"));
    }

    static String cron(String schedule) {
        return switch (schedule.strip()) {
            case "quarterly" -> DagFileSpec.QUARTERLY_CRON;
            case "none" -> null;
            default -> {
                if (!DagFileSpec.isCron(schedule)) {
                    throw new UsageException("--schedule '" + schedule
                            + "': write quarterly, none or five cron fields such as '0 6 1 * *'");
                }
                yield schedule.strip().replaceAll("\\s+", " ");
            }
        };
    }

    /** Airflow workers run elsewhere than the shell: relative local paths become absolute, URIs stay. */
    static String absoluteIfLocal(String location) {
        if (location == null || location.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return location;
        }
        return Path.of(location).toAbsolutePath().normalize().toString();
    }

    private static void write(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Airflow's DAG processor may read the folder at any moment: never let it see half a file.
        Path tmp = Files.createTempFile(dir, ".jgdj-dag-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

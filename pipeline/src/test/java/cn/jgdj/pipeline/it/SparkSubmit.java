package cn.jgdj.pipeline.it;

import cn.jgdj.pipeline.export.DagFileSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The spark-submit command line of the pipeline on a cluster, as the README gives it:
 * {@code $SPARK_HOME/bin/spark-submit --master URL --class cn.jgdj.pipeline.cli.Main
 * --conf spark.sql.shuffle.partitions=8 JOBS_JAR run ...}.
 */
record SparkSubmit(Path sparkHome, String master, Path jobsJar) {
    static final String MAIN_CLASS = DagFileSpec.MAIN_CLASS;
    /**
     * A county's tables are small: with Spark's default of 200 shuffle partitions every shuffle becomes 200 tiny
     * tasks (one task of the pipeline took 9 minutes here instead of 2); the local launcher uses 8 as well.
     */
    static final Map<String, String> CONF = Map.of("spark.sql.shuffle.partitions", "8",
            // Short-lived drivers and executors running much different code once: C1 only halves their CPU time
            // (the compiler threads otherwise compete with the job for the two cores); no UI is needed.
            "spark.ui.enabled", "false",
            "spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
            "spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1");

    static SparkSubmit to(Path sparkHome, String master, Path jobsJar) {
        return new SparkSubmit(sparkHome, master, jobsJar);
    }

    /** {@code pipeline run} with these options; the launcher prints the driver's java command. */
    Command run(String... runOptions) {
        List<String> argv = new ArrayList<>(List.of(sparkHome.resolve("bin/spark-submit").toString(),
                "--master", master, "--class", MAIN_CLASS));
        CONF.forEach((k, v) -> argv.addAll(List.of("--conf", k + "=" + v)));
        argv.add(jobsJar.toString());
        argv.add("run");
        argv.addAll(List.of(runOptions));
        return new Command(argv).env("SPARK_PRINT_LAUNCH_COMMAND", "1");
    }
}

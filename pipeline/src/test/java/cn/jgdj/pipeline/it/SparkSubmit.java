package cn.jgdj.pipeline.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The spark-submit command line of the pipeline on a cluster, exactly as the README gives it:
 * {@code $SPARK_HOME/bin/spark-submit --master URL --class cn.jgdj.pipeline.cli.Main JOBS_JAR run ...}.
 */
record SparkSubmit(Path sparkHome, String master, Path jobsJar) {
    static final String MAIN_CLASS = "cn.jgdj.pipeline.cli.Main";

    static SparkSubmit to(Path sparkHome, String master, Path jobsJar) {
        return new SparkSubmit(sparkHome, master, jobsJar);
    }

    /** {@code pipeline run} with these options; the launcher prints the driver's java command. */
    Command run(String... runOptions) {
        List<String> argv = new ArrayList<>(List.of(sparkHome.resolve("bin/spark-submit").toString(),
                "--master", master, "--class", MAIN_CLASS, jobsJar.toString(), "run"));
        argv.addAll(List.of(runOptions));
        return new Command(argv).env("SPARK_PRINT_LAUNCH_COMMAND", "1");
    }
}

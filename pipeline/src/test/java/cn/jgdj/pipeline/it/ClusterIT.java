package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.pipeline.runner.RunRecords;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import cn.jgdj.schemas.run.TaskState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole pipeline on a real Spark standalone cluster (master, worker and executor JVMs on loopback) through the
 * real spark-submit with only the jobs jar, against the same pipeline run locally: the indicator CSVs must agree.
 * Then one task alone, as each Airflow task submits it.
 */
@Tag("integration")
@ExtendWith(SharedFixtures.class)
class ClusterIT {
    private static final Timings TIMINGS = new Timings("ClusterIT");
    private static Path sparkHome;
    private static Path jar;
    private static Path work;
    private static ReferenceRun reference;
    private static StandaloneCluster cluster;

    @BeforeAll
    static void setUp(SharedFixtures.SharedCluster sharedCluster, SharedFixtures.Reference sharedReference)
            throws Exception {
        sparkHome = IntegrationEnv.sparkHome();
        jar = IntegrationEnv.jobsJar();
        work = IntegrationEnv.workDir("cluster");
        cluster = sharedCluster.get();
        TIMINGS.note("start the standalone cluster (once for all integration tests)", cluster.startup());
        reference = sharedReference.get();
        TIMINGS.note("generate " + DemoCounty.MEMBERS + " members x " + DemoCounty.YEARS
                + " years and run the whole DAG locally (once for all integration tests)", reference.took());
    }

    @AfterAll
    static void tearDown() throws Exception {
        TIMINGS.report();
    }

    @Test
    void theWholeDagSubmittedToTheClusterGivesTheLocalIndicators() throws Exception {
        Path clusterOut = work.resolve("cluster-out");

        Command.Result r = TIMINGS.time("whole DAG with one spark-submit to the cluster", () ->
                // Input and output as Hadoop filesystem URIs (file: here; hdfs:// or s3a:// on a real cluster).
                SparkSubmit.to(sparkHome, cluster.masterUrl(), jar).run("--input", reference.input().toUri().toString(),
                        "--out", clusterOut.toUri().toString(), "--as-of", ReferenceRun.AS_OF, "--year",
                        // About a minute normally: a stalled cluster fails here, well inside CI's 90 minutes.
                        ReferenceRun.YEAR).run(work.resolve("submit-whole-dag.log"), Duration.ofMinutes(15)));

        assertEquals(0, r.exit(), r.describe());
        IndicatorCsvs local = IndicatorCsvs.read(reference.out());
        assertEquals(PipelineOutputs.indicatorCsvs(PipelineOutputs.dag(reference.input(), reference.out())),
                List.copyOf(local.tables().keySet()), "the local run wrote a CSV for every indicator the DAG declares");
        assertEquals(local, IndicatorCsvs.read(clusterOut));
        assertTrue(local.tables().values().stream().anyMatch(t -> !t.rows().isEmpty()), "some indicator has rows");
        assertOnlySparkAndTheJobsJarOnTheClasspath(r.output());
        // The packs went through the Hadoop filesystem too: rendered locally, published whole, no scratch left.
        Path packs = clusterOut.resolve("reports/" + ReferenceRun.YEAR);
        assertTrue(Files.size(packs.resolve("committee/committee.pdf")) > 0);
        assertTrue(Files.isRegularFile(packs.resolve("analyst/index.html")));
        try (var names = Files.list(packs)) {
            assertEquals(List.of("analyst", "committee"), names.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * spark-submit finds the jobs through the jar's services file (JobCatalog.ALL): the shade plugin merged one
     * listing every registration the build's own class path has.
     */
    @Test
    void theJobsJarListsEveryRegisteredJob() throws IOException {
        String name = "META-INF/services/" + IndicatorJob.class.getName();
        try (JarFile jobs = new JarFile(jar.toFile())) {
            JarEntry services = jobs.getJarEntry(name);
            assertNotNull(services, jar + " has no " + name);
            try (InputStream in = jobs.getInputStream(services)) {
                List<String> listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
                assertEquals(ServiceLoader.load(IndicatorJob.class).stream().map(p -> p.type().getName()).sorted()
                        .toList(), listed);
            }
        }
    }

    /** What each Airflow task does: {@code run --only TASK} against an output root holding its inputs. */
    @Test
    void oneTaskSubmittedAloneWritesItsOutputsAsTheLocalRunDid() throws Exception {
        Path perTaskOut = work.resolve("per-task-out");
        copyTree(reference.out(), perTaskOut);
        Task task = PipelineOutputs.lastIndicatorTask(PipelineOutputs.dag(reference.input(), perTaskOut));
        for (String output : task.outputs()) {
            deleteTree(perTaskOut.resolve(output));
            Files.deleteIfExists(perTaskOut.resolve(output + ".csv"));
        }

        Command.Result r = TIMINGS.time("one task (" + task.name() + ") with its own spark-submit", () ->
                SparkSubmit.to(sparkHome, cluster.masterUrl(), jar).run("--input", reference.input().toString(),
                        "--out", perTaskOut.toString(), "--only", task.name(), "--as-of", ReferenceRun.AS_OF,
                        "--year", ReferenceRun.YEAR)
                        .run(work.resolve("submit-" + task.name() + ".log"), Duration.ofMinutes(5)));

        assertEquals(0, r.exit(), r.describe());
        RunRecord record = runRecord(perTaskOut, r.output());
        assertEquals(TaskState.SUCCEEDED, record.task(task.name()).orElseThrow().state());
        assertEquals(List.of(task.name()), record.tasks().stream().filter(t -> t.state() == TaskState.SUCCEEDED)
                .map(TaskRecord::task).toList());
        boolean comparedOne = false;
        for (String output : task.outputs()) {
            if (Catalog.hasCsvCopy(output)) {
                assertEquals(IndicatorCsvs.table(reference.out().resolve(output + ".csv")),
                        IndicatorCsvs.table(perTaskOut.resolve(output + ".csv")), output);
                comparedOne = true;
            }
        }
        assertTrue(comparedOne, task.name() + " writes an indicator CSV");
    }

    /** The driver and every executor run with Spark's own jars and conf only; the jobs jar is the application. */
    private void assertOnlySparkAndTheJobsJarOnTheClasspath(String submitOutput) throws IOException {
        Matcher driver = Pattern.compile("(?m)^Spark Command: (.*)$").matcher(submitOutput);
        assertTrue(driver.find(), "SPARK_PRINT_LAUNCH_COMMAND shows the driver's command:\n" + submitOutput);
        assertSparkOnly(driver.group(1));
        assertTrue(driver.group(1).contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"),
                "spark-submit adds Spark's Java 17 options to the driver itself: " + driver.group(1));

        List<String> executors = new ArrayList<>();
        List<Path> fetchedJars = new ArrayList<>();
        try (var walk = Files.walk(cluster.workDir())) {
            for (Path p : walk.toList()) {
                if (p.getFileName().toString().equals("stderr")) {
                    Matcher m = Pattern.compile("(?m)^Spark Executor Command: (.*)$").matcher(Files.readString(p));
                    while (m.find()) {
                        executors.add(m.group(1));
                    }
                } else if (p.getFileName().toString().equals(jar.getFileName().toString())) {
                    fetchedJars.add(p);
                }
            }
        }
        assertFalse(executors.isEmpty(), "the worker launched executors under " + cluster.workDir());
        for (String cmd : executors) {
            assertSparkOnly(cmd);
            assertTrue(cmd.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), cmd);
        }
        assertFalse(fetchedJars.isEmpty(), "executors fetched the jobs jar from the driver into " + cluster.workDir());
    }

    /** Every class path entry of a java command is Spark's conf folder or Spark's jars (the folder or one jar). */
    private void assertSparkOnly(String javaCommand) throws IOException {
        Matcher m = Pattern.compile("\"?(?:-cp|-classpath)\"? \"?([^\" ]+)\"?").matcher(javaCommand);
        assertTrue(m.find(), "no -cp in " + javaCommand);
        Path jars = real(sparkHome.resolve("jars"));
        Path conf = real(sparkHome.resolve("conf"));
        boolean allJars = false;
        for (String e : m.group(1).split(":")) {
            if (e.endsWith("/*")) {
                assertEquals(jars, real(Path.of(e.substring(0, e.length() - 2))), javaCommand);
                allJars = true;
            } else {
                Path p = real(Path.of(e));
                assertTrue(p.equals(conf) || jars.equals(p.getParent()), e + " is not Spark's: " + javaCommand);
            }
        }
        assertTrue(allJars, "Spark's jars/* on the class path: " + javaCommand);
    }

    /** The real path of a folder that may not exist (Spark's conf folder is optional): its parent's, resolved. */
    private static Path real(Path p) throws IOException {
        return Files.exists(p) ? p.toRealPath() : p.getParent().toRealPath().resolve(p.getFileName());
    }

    private static RunRecord runRecord(Path outRoot, String output) {
        Matcher m = Pattern.compile("Run (\\S+) succeeded").matcher(output);
        assertTrue(m.find(), "the run printed its id:\n" + output);
        return new RunRecords(new OutputLayout(outRoot.toString()), new Configuration()).read(m.group(1))
                .orElseThrow(() -> new AssertionError("no run record " + m.group(1) + " in " + outRoot));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}

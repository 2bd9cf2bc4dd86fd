package cn.jgdj.pipeline.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The deployment settings of an exported Airflow DAG file: which jar runs, on what data, where Spark is, when.
 *
 * @param dagId       the Airflow DAG id
 * @param jobsJar     the shaded jobs jar as the Airflow workers see it (a path or URI)
 * @param input       the raw exports folder, or null: the Airflow Variable {@value #INPUT_VARIABLE} at run time
 * @param outRoot     the output root, or null: the Airflow Variable {@value #OUT_ROOT_VARIABLE} at run time
 * @param sparkMaster a master URL pinned in the file, or null: the master of the {@code sparkConnId} connection
 * @param sparkConnId the Airflow connection holding the Spark master (what SparkSubmitOperator reads)
 * @param sparkConf   extra {@code --conf} entries of every spark-submit, in order
 * @param schedule    a five-field cron expression, or null: runs only when triggered
 * @param retries     how often Airflow retries a failed task
 * @param maxActiveTasks how many tasks of a run may run at once
 * @param passRunId   whether {@code pipeline run} accepts {@code --run-id}, so each task records the Airflow run id
 *                    (it has none today; an id shared by the tasks would need records per task, since two live
 *                    runs on one OUT never share an id)
 */
public record DagFileSpec(String dagId, String jobsJar, String input, String outRoot, String sparkMaster,
                          String sparkConnId, Map<String, String> sparkConf, String schedule, int retries,
                          int maxActiveTasks, boolean passRunId) {

    /** The Java entry point every task runs. */
    public static final String MAIN_CLASS = "cn.jgdj.pipeline.cli.Main";
    /** Quarterly, 06:00 UTC on the first day of January, April, July and October: each quarter's pack. */
    public static final String QUARTERLY_CRON = "0 6 1 1,4,7,10 *";
    public static final int DEFAULT_RETRIES = 2;
    /**
     * Two tasks at a time. Runs of different tasks on one output root go side by side safely (each {@code pipeline
     * run --only TASK} holds the lock of its task only, with its own staging folder, scratch folder and record), and
     * the dependencies still start a task only after the tasks writing its inputs have succeeded. A county's task
     * is mostly JVM and Spark start-up on one thread, so two overlap well on a small machine; raise it with
     * {@code --max-active-tasks} for a cluster with room for more drivers.
     */
    public static final int DEFAULT_MAX_ACTIVE_TASKS = 2;
    public static final String DEFAULT_SPARK_CONN_ID = "spark_default";
    /** The Airflow Variable holding the input folder when the file does not pin one. */
    public static final String INPUT_VARIABLE = "jgdj_input";
    /** The Airflow Variable holding the output root when the file does not pin one. */
    public static final String OUT_ROOT_VARIABLE = "jgdj_out_root";

    // Airflow's own rule for DAG and connection ids (KEY_REGEX in airflow.utils.helpers).
    private static final Pattern AIRFLOW_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,250}");
    private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Za-z*/,?#LW-]+");

    public DagFileSpec {
        requireKey(dagId, "DAG id");
        requireKey(sparkConnId, "Spark connection id");
        Objects.requireNonNull(jobsJar, "jobsJar");
        requirePlain(jobsJar, "jobs jar path");
        requirePlain(input, "input folder");
        requirePlain(outRoot, "output root");
        requirePlain(sparkMaster, "Spark master");
        sparkConf = sortedCopy(sparkConf == null ? Map.of() : sparkConf);
        sparkConf.forEach(DagFileSpec::requireConfEntry);
        if (schedule != null && !isCron(schedule)) {
            throw new IllegalArgumentException("'" + schedule + "' is not a five-field cron expression");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, got " + retries);
        }
        if (maxActiveTasks < 1) {
            throw new IllegalArgumentException("at least one task must be able to run, got " + maxActiveTasks);
        }
    }

    /** The defaults: quarterly, two retries, spark_default, input and output from Airflow Variables. */
    public static DagFileSpec of(String dagId, String jobsJar) {
        return new DagFileSpec(dagId, jobsJar, null, null, null, DEFAULT_SPARK_CONN_ID, Map.of(), QUARTERLY_CRON,
                DEFAULT_RETRIES, DEFAULT_MAX_ACTIVE_TASKS, false);
    }

    public DagFileSpec withData(String newInput, String newOutRoot) {
        return new DagFileSpec(dagId, jobsJar, newInput, newOutRoot, sparkMaster, sparkConnId, sparkConf, schedule,
                retries, maxActiveTasks, passRunId);
    }

    public DagFileSpec withSpark(String master, String connId, Map<String, String> conf) {
        return new DagFileSpec(dagId, jobsJar, input, outRoot, master, connId, conf, schedule, retries,
                maxActiveTasks, passRunId);
    }

    public DagFileSpec withSchedule(String cron, int newRetries) {
        return new DagFileSpec(dagId, jobsJar, input, outRoot, sparkMaster, sparkConnId, sparkConf, cron, newRetries,
                maxActiveTasks, passRunId);
    }

    public DagFileSpec withMaxActiveTasks(int n) {
        return new DagFileSpec(dagId, jobsJar, input, outRoot, sparkMaster, sparkConnId, sparkConf, schedule, retries,
                n, passRunId);
    }

    public DagFileSpec withRunId(boolean pass) {
        return new DagFileSpec(dagId, jobsJar, input, outRoot, sparkMaster, sparkConnId, sparkConf, schedule, retries,
                maxActiveTasks, pass);
    }

    /** Whether a schedule string is five cron fields (Airflow also takes presets, which this file never writes). */
    public static boolean isCron(String s) {
        String[] fields = s.strip().split("\\s+");
        if (fields.length != 5) {
            return false;
        }
        for (String f : fields) {
            if (!CRON_FIELD.matcher(f).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Sorted, so the same settings always export the same file. */
    private static Map<String, String> sortedCopy(Map<String, String> conf) {
        Map<String, String> sorted = new LinkedHashMap<>();
        conf.keySet().stream().sorted().forEach(k -> sorted.put(k, Objects.requireNonNull(conf.get(k), k)));
        return Collections.unmodifiableMap(sorted);
    }

    private static void requireConfEntry(String key, String value) {
        if (!key.startsWith("spark.") || key.contains("=") || key.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + key + "' is not a Spark property (spark.something)");
        }
        if (value.contains("\n") || value.contains("\r")) {
            throw new IllegalArgumentException("the value of " + key + " spans lines");
        }
    }

    private static void requireKey(String id, String what) {
        if (id == null || !AIRFLOW_KEY.matcher(id).matches()) {
            throw new IllegalArgumentException("the " + what + " '" + id
                    + "' must be letters, digits, '_', '.' or '-' (Airflow's rule)");
        }
    }

    /** Blank values are mistakes; braces and percent signs of Jinja would be read as Airflow templates. */
    private static void requirePlain(String value, String what) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is blank; leave it out instead");
        }
        if (value.contains("{{") || value.contains("{%") || value.contains("{#")
                || value.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("the " + what + " '" + value
                    + "' holds control characters or Jinja markup, which Airflow would render");
        }
    }
}

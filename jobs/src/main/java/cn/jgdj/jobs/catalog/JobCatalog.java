package cn.jgdj.jobs.catalog;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.ingest.IngestJob;
import cn.jgdj.jobs.ingest.IngestOptions;
import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Every job after ingest, found through {@link ServiceLoader}: each job registers itself in its own file (see
 * {@link IndicatorJob}), so no list here names the jobs. The pipeline's DAG is built from {@link #ALL} (its edges
 * from each spec's inputs and outputs); the order of {@code ALL} only breaks ties between tasks that are ready
 * together.
 */
public final class JobCatalog {

    /**
     * The registered jobs, sorted by task name: the DAG runs tasks that are ready together in that order. Two
     * registrations with one task name or one output fail here, naming both registering classes.
     */
    public static final List<JobSpec> ALL = checked(ServiceLoader.load(IndicatorJob.class,
            JobCatalog.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList());

    private JobCatalog() {
    }

    /**
     * The specs of these registrations sorted by task name, after checking that there is at least one and that no
     * task name and no output is declared twice (the DAG would reject both too, but only here are the registering
     * classes known).
     */
    static List<JobSpec> checked(List<IndicatorJob> registered) {
        if (registered.isEmpty()) {
            // A jar assembled without the generated services file would otherwise run a pipeline of ingest alone.
            throw new IllegalStateException("no job is registered: META-INF/services/" + IndicatorJob.class.getName()
                    + " is missing from the classpath (it is written when jobs is compiled with AutoService's"
                    + " annotation processor, and a shaded jar must merge service files)");
        }
        Map<String, IndicatorJob> byName = new HashMap<>();
        Map<String, IndicatorJob> byOutput = new HashMap<>();
        for (IndicatorJob job : registered) {
            JobSpec spec = job.spec();
            IndicatorJob other = byName.put(spec.name(), job);
            if (other != null) {
                throw new IllegalStateException("two registered jobs are named '" + spec.name() + "': "
                        + other.getClass().getName() + " and " + job.getClass().getName());
            }
            for (String output : spec.outputs()) {
                other = byOutput.put(output, job);
                if (other != null) {
                    throw new IllegalStateException("'" + output + "' is written by two registered jobs: '"
                            + other.spec().name() + "' (" + other.getClass().getName() + ") and '" + spec.name()
                            + "' (" + job.getClass().getName() + ")");
                }
            }
        }
        return registered.stream().map(IndicatorJob::spec).sorted(Comparator.comparing(JobSpec::name)).toList();
    }

    /**
     * The ingest tasks, one per raw dataset in ingest order (references point to earlier ones), then the ingest
     * report that merges their counts. Built per run: the options (encodings) are the operator's.
     */
    public static List<JobSpec> ingest(IngestOptions options) {
        List<JobSpec> specs = new ArrayList<>();
        for (DatasetDef d : Datasets.ALL) {
            specs.add(IngestJob.spec(d.name(), options));
        }
        specs.add(IngestReport.SPEC);
        return List.copyOf(specs);
    }
}

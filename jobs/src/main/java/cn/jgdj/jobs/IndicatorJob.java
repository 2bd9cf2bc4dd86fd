package cn.jgdj.jobs;

/**
 * A job after ingest that joins the pipeline's DAG by registering itself in its own file. The job class holds a
 * public nested class, annotated {@code @AutoService(IndicatorJob.class)}, that returns the job's {@code SPEC};
 * Google's AutoService annotation processor lists it in {@code META-INF/services/cn.jgdj.jobs.IndicatorJob} at
 * compile time, and {@link cn.jgdj.jobs.catalog.JobCatalog#ALL} finds it with {@link java.util.ServiceLoader}, the
 * way Spark finds its data sources. A provider needs a public no-argument constructor, hence a nested class
 * rather than the job class itself, whose members are static.
 */
public interface IndicatorJob {

    /** The job's declaration: task name, inputs, outputs, run. */
    JobSpec spec();
}

package cn.jgdj.jobs;

import java.util.List;
import java.util.Objects;

/**
 * A job declared once: its task name, the logical datasets it reads and writes (names from
 * {@link cn.jgdj.schemas.Catalog}) and its action. Each job class holds its own {@code SPEC} and registers it
 * ({@link IndicatorJob}); the pipeline's DAG is built from the registered specs ({@link
 * cn.jgdj.jobs.catalog.JobCatalog#ALL}), its edges from these inputs and outputs.
 *
 * @param name    the task name, lower_snake_case (the name in the run record, --only and the Airflow DAG)
 * @param inputs  logical datasets read, in the order the job reads them
 * @param outputs logical datasets written (at least one)
 * @param action  the job's run
 */
public record JobSpec(String name, List<String> inputs, List<String> outputs, JobAction action) {

    public JobSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action of job " + name);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("job '" + name + "' declares no output");
        }
    }
}

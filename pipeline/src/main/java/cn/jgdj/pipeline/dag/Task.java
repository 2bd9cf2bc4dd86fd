package cn.jgdj.pipeline.dag;

import cn.jgdj.jobs.JobSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One named step of the pipeline with the logical datasets it reads and writes
 * (names from {@link cn.jgdj.schemas.Catalog}). The DAG's edges come from these declarations alone.
 */
public record Task(String name, List<String> inputs, List<String> outputs, TaskAction action) {

    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action of task " + name);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("task name '" + name + "' must be lower_snake_case");
        }
        inputs = distinct(inputs);
        outputs = distinct(outputs);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("task '" + name + "' declares no output");
        }
    }

    /** The task of a declared job. */
    public static Task of(JobSpec spec) {
        return new Task(spec.name(), spec.inputs(), spec.outputs(), spec.action()::run);
    }

    /** The inputs of a task: any mix of names and lists of names (a job's INPUTS). */
    public static List<String> inputs(Object... namesOrLists) {
        return flatten(namesOrLists);
    }

    /** The outputs of a task: any mix of names and lists of names (a job's OUTPUTS). */
    public static List<String> outputs(Object... namesOrLists) {
        return flatten(namesOrLists);
    }

    private static List<String> flatten(Object... namesOrLists) {
        List<String> out = new ArrayList<>();
        for (Object o : namesOrLists) {
            if (o instanceof String s) {
                out.add(s);
            } else if (o instanceof Collection<?> c) {
                c.forEach(x -> out.add((String) Objects.requireNonNull(x, "null dataset name")));
            } else if (o instanceof String[] a) {
                out.addAll(Arrays.asList(a));
            } else {
                throw new IllegalArgumentException("not a dataset name or list of names: " + o);
            }
        }
        return out;
    }

    private static List<String> distinct(List<String> names) {
        return List.copyOf(new LinkedHashSet<>(names == null ? List.of() : names));
    }

    @Override
    public String toString() {
        return name;
    }
}

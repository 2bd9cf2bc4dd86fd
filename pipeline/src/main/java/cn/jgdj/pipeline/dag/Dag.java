package cn.jgdj.pipeline.dag;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tasks ordered by their declared inputs and outputs. Loading fails on a duplicate task name, an output
 * written by two tasks, an input that no task writes and that is not a source, and a cycle.
 * Among tasks that are ready at the same time, declaration order wins, so the order is stable.
 */
public final class Dag {
    private final Map<String, String> sources;
    private final List<Task> ordered;
    private final Map<String, Task> byName = new LinkedHashMap<>();
    private final Map<String, Task> producerOf = new HashMap<>();

    private Dag(Map<String, String> sources, List<Task> declared) {
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        for (Task t : declared) {
            if (byName.put(t.name(), t) != null) {
                throw new DagException("two tasks are named '" + t.name() + "'");
            }
            for (String out : t.outputs()) {
                Task other = producerOf.put(out, t);
                if (other != null) {
                    throw new DagException("'" + out + "' is written by two tasks: '" + other.name()
                            + "' and '" + t.name() + "'");
                }
                if (this.sources.containsKey(out)) {
                    throw new DagException("task '" + t.name() + "' writes '" + out + "', which is a source");
                }
            }
        }
        for (Task t : declared) {
            for (String in : t.inputs()) {
                if (!producerOf.containsKey(in) && !this.sources.containsKey(in)) {
                    throw new DagException("task '" + t.name() + "' reads '" + in
                            + "', which no task writes and which is not a source");
                }
            }
        }
        this.ordered = List.copyOf(topologicalOrder(declared));
    }

    /**
     * @param sources datasets that exist before any task runs (the raw inputs), each with the location of its
     *                files (a path or a glob such as {@code IN/members.*}) so a run can tell when they change
     * @param tasks   the tasks, in declaration order
     */
    public static Dag of(Map<String, String> sources, List<Task> tasks) {
        return new Dag(sources, tasks);
    }

    /** Every task, each after the tasks that write its inputs. */
    public List<Task> tasks() {
        return ordered;
    }

    /** Source names and the locations of their files. */
    public Map<String, String> sources() {
        return sources;
    }

    public boolean isSource(String dataset) {
        return sources.containsKey(dataset);
    }

    /** The task of that name, or a DagException listing the known names. */
    public Task task(String name) {
        Task t = byName.get(name);
        if (t == null) {
            throw new DagException("no task named '" + name + "'; tasks: " + String.join(", ", byName.keySet()));
        }
        return t;
    }

    public boolean hasTask(String name) {
        return byName.containsKey(name);
    }

    /** The task that writes a dataset, empty for a source. */
    public Optional<Task> producer(String dataset) {
        return Optional.ofNullable(producerOf.get(dataset));
    }

    /** The tasks that write the inputs of a task (its direct upstream), in DAG order. */
    public List<Task> upstream(Task task) {
        Set<Task> ups = new HashSet<>();
        for (String in : task.inputs()) {
            producer(in).ifPresent(ups::add);
        }
        return ordered.stream().filter(ups::contains).toList();
    }

    /** The task and every task that reads, directly or not, something it writes; in DAG order. */
    public List<Task> downstreamOf(String name) {
        Set<Task> reached = new HashSet<>();
        reached.add(task(name));
        for (Task t : ordered) {
            if (!reached.contains(t) && upstream(t).stream().anyMatch(reached::contains)) {
                reached.add(t);
            }
        }
        return ordered.stream().filter(reached::contains).toList();
    }

    /** The tasks a selection picks, in DAG order. */
    public List<Task> select(Selection selection) {
        return switch (selection.kind()) {
            case ALL -> ordered;
            case FROM -> downstreamOf(selection.task());
            case ONLY -> List.of(task(selection.task()));
        };
    }

    private List<Task> topologicalOrder(List<Task> declared) {
        Map<Task, Integer> index = new HashMap<>();
        Map<Task, Integer> pending = new HashMap<>();
        Map<Task, List<Task>> readers = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            Task t = declared.get(i);
            index.put(t, i);
            Set<Task> ups = new HashSet<>();
            for (String in : t.inputs()) {
                Task p = producerOf.get(in);
                if (p != null) {
                    ups.add(p);
                }
            }
            pending.put(t, ups.size());
            for (Task p : ups) {
                readers.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
            }
        }
        TreeSet<Task> ready = new TreeSet<>((a, b) -> Integer.compare(index.get(a), index.get(b)));
        declared.stream().filter(t -> pending.get(t) == 0).forEach(ready::add);
        List<Task> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            Task t = ready.pollFirst();
            out.add(t);
            for (Task r : readers.getOrDefault(t, List.of())) {
                if (pending.merge(r, -1, Integer::sum) == 0) {
                    ready.add(r);
                }
            }
        }
        if (out.size() < declared.size()) {
            List<Task> left = declared.stream().filter(t -> !out.contains(t)).toList();
            throw new DagException("the tasks form a cycle: " + describeCycle(left));
        }
        return out;
    }

    /** Walks upstream from a task left over by the sort until a task repeats: that loop is a cycle. */
    private String describeCycle(List<Task> left) {
        Set<Task> remaining = new HashSet<>(left);
        Deque<Task> path = new ArrayDeque<>();
        Map<Task, String> via = new HashMap<>();
        Task current = left.get(0);
        while (!path.contains(current)) {
            path.addLast(current);
            Task next = null;
            for (String in : current.inputs()) {
                Task p = producerOf.get(in);
                if (p != null && remaining.contains(p)) {
                    next = p;
                    via.put(current, in);
                    break;
                }
            }
            current = next;
        }
        List<Task> loop = new ArrayList<>(path);
        List<Task> cycle = new ArrayList<>(loop.subList(loop.indexOf(current), loop.size()));
        // Written in the direction data flows, producer -(dataset)-> reader, from the first declared task.
        Collections.reverse(cycle);
        Task first = left.stream().filter(cycle::contains).findFirst().orElseThrow();
        Collections.rotate(cycle, -cycle.indexOf(first));
        StringBuilder sb = new StringBuilder(cycle.get(0).name());
        for (int i = 1; i <= cycle.size(); i++) {
            Task reader = cycle.get(i % cycle.size());
            sb.append(" -(").append(via.get(reader)).append(")-> ").append(reader.name());
        }
        return sb.toString();
    }
}

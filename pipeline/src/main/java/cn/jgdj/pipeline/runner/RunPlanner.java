package cn.jgdj.pipeline.runner;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.pipeline.dag.Dag;
import cn.jgdj.pipeline.dag.Selection;
import cn.jgdj.pipeline.dag.Task;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.TaskRecord;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, before anything runs, which tasks a run executes. Needs no Spark, so --dry-run is instant.
 * On resume a task is skipped when it succeeded (or was itself up to date) in the resumed run, the settings are
 * the same, none of its upstream tasks runs again, every input has the fingerprint it had then, and its outputs
 * still exist.
 */
public final class RunPlanner {
    private final OutputLayout layout;
    private final Fingerprints fingerprints;

    public RunPlanner(OutputLayout layout, Fingerprints fingerprints) {
        this.layout = layout;
        this.fingerprints = fingerprints;
    }

    /** Where a dataset's files are: a source's declared location, or OUT/NAME. */
    public static String location(Dag dag, OutputLayout layout, String dataset) {
        String source = dag.sources().get(dataset);
        return source != null ? source : layout.root() + "/" + dataset;
    }

    public RunPlan plan(Dag dag, RunRequest request) {
        Selection selection = request.selection();
        Set<Task> selected = Set.copyOf(dag.select(selection));
        RunRecord previous = request.previous();
        String settingsNow = settingsFingerprint(request.settings(), request.params(), fingerprints);
        Map<String, PlannedTask.Decision> decided = new HashMap<>();
        List<PlannedTask> planned = new ArrayList<>();
        for (Task t : dag.tasks()) {
            PlannedTask p;
            if (!selected.contains(t)) {
                p = new PlannedTask(t, PlannedTask.Decision.NOT_SELECTED, null);
            } else if (previous == null) {
                p = new PlannedTask(t, PlannedTask.Decision.RUN, null);
            } else {
                p = resumeDecision(dag, t, previous, settingsNow, decided);
            }
            decided.put(t.name(), p.decision());
            planned.add(p);
        }
        return new RunPlan(selection, previous == null ? null : previous.runId(), planned);
    }

    private PlannedTask resumeDecision(Dag dag, Task t, RunRecord previous, String settingsNow,
                                       Map<String, PlannedTask.Decision> decided) {
        String prevId = previous.runId();
        TaskRecord before = previous.task(t.name()).orElse(null);
        if (before == null) {
            return run(t, "not in run " + prevId);
        }
        if (!before.state().done() || before.inputs() == null) {
            return run(t, before.state().json() + " in run " + prevId);
        }
        if (!settingsNow.equals(previous.settingsFingerprint())) {
            return run(t, "settings differ from run " + prevId);
        }
        for (Task up : dag.upstream(t)) {
            if (decided.get(up.name()) == PlannedTask.Decision.RUN) {
                return run(t, "upstream task " + up.name() + " runs");
            }
        }
        for (String in : t.inputs()) {
            String now = fingerprints.of(location(dag, layout, in));
            if (!now.equals(before.inputs().get(in))) {
                return run(t, "input " + in + " changed since run " + prevId);
            }
        }
        List<String> outputs = before.outputs() == null ? t.outputs() : List.copyOf(before.outputs().keySet());
        for (String out : outputs) {
            if (Fingerprints.ABSENT.equals(fingerprints.of(location(dag, layout, out)))) {
                return run(t, "output " + out + " is missing");
            }
        }
        return new PlannedTask(t, PlannedTask.Decision.SKIP, "up to date since run " + prevId);
    }

    private static PlannedTask run(Task t, String reason) {
        return new PlannedTask(t, PlannedTask.Decision.RUN, reason);
    }

    /**
     * A digest of everything besides the inputs that shapes outputs: the settings, the rules file as it is now,
     * and the member key (hashed twice over, never recorded on its own).
     */
    public static String settingsFingerprint(Map<String, String> settings, JobParams params, Fingerprints fp) {
        List<String> lines = settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toCollection(ArrayList::new));
        if (params != null) {
            lines.add("minCellSize=" + params.minCellSize());
            lines.add("asOf=" + params.asOf());
            lines.add("reviewYear=" + params.reviewYear());
            lines.add("rulesFile=" + params.rulesFile());
            if (params.rulesFile() != null) {
                lines.add("rules=" + fp.of(params.rulesFile()));
            }
            if (params.memberKeySecret() != null) {
                lines.add("key=" + sha256(params.memberKeySecret()));
            }
        }
        return Fingerprints.digest(lines);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

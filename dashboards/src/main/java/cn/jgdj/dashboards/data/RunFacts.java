package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.RunRecordFormat;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.RunRecordJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a pack says about the run that produced its tables, from the optional run record OUT/runs/RUN_ID.json
 * (written by the pipeline's runner; read with the same
 * {@link RunRecordJson}): when it started, which input it read, which kind of member key hashed the
 * ids, and the settings that shape the figures (rules file, minimum cell size). Absent fields are null.
 */
public record RunFacts(String runId, boolean present, String started, String input, String memberKey,
                        String rules, Integer minCellSize) {

    /** Reads the record of a run, or an absent one when the run id is blank or the file does not exist. */
    public static RunFacts load(Path outRoot, String runId) {
        if (runId == null || runId.isBlank()) {
            return absent(runId);
        }
        Path file = Path.of(new OutputLayout(outRoot.toString()).run(runId));
        if (!Files.isRegularFile(file)) {
            return absent(runId);
        }
        try {
            return fromJson(runId, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IndicatorFileException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    static RunFacts absent(String runId) {
        return new RunFacts(runId, false, null, null, null, null, null);
    }

    static RunFacts fromJson(String runId, String source, String text) {
        RunRecord record;
        try {
            record = RunRecordJson.read(text);
        } catch (IllegalArgumentException e) {
            throw new IndicatorFileException(source + ": " + e.getMessage(), e);
        }
        String cells = record.settings().get(RunRecordFormat.MIN_CELL_SIZE);
        Integer minCellSize = null;
        if (cells != null) {
            try {
                minCellSize = Integer.valueOf(cells);
            } catch (NumberFormatException e) {
                throw new IndicatorFileException(source + ": settings." + RunRecordFormat.MIN_CELL_SIZE + " '" + cells
                        + "' is not a whole number");
            }
        }
        return new RunFacts(runId, true, record.started(), record.input(), record.memberKey(),
                record.settings().get(RunRecordFormat.RULES), minCellSize);
    }

    /** Whether the run used the built-in rules (no rules file). */
    public boolean builtInRules() {
        return RunRecordFormat.BUILT_IN_RULES.equals(rules);
    }

    /** The minimum cell size the run used, if the record says. */
    public Optional<Integer> minCellSizeUsed() {
        return Optional.ofNullable(minCellSize);
    }

    /** Whether the ids were hashed with the built-in demo key (fine for a demo county, never for real data). */
    public boolean demoKey() {
        return RunRecordFormat.DEMO_KEY.equals(memberKey);
    }
}

package cn.jgdj.pipeline.cli;

import cn.jgdj.schemas.RunRecordFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The settings a run records and fingerprints: a resumed run re-does everything when one differs. */
final class Settings {
    private Settings() {
    }

    static Map<String, String> of(String inputDir, IngestArgs ingest, AnalysisArgs analysis) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("input", inputDir);
        s.put("encodings", new TreeMap<>(ingest.encodings).toString());
        s.put("max_quarantine_share", Double.toString(ingest.maxQuarantineShare));
        s.put("year", analysis.year == null ? "latest complete" : analysis.year.toString());
        s.put(RunRecordFormat.RULES, analysis.rulesFile == null ? RunRecordFormat.BUILT_IN_RULES : analysis.rulesFile);
        s.put(RunRecordFormat.MIN_CELL_SIZE, Integer.toString(analysis.minCellSize));
        s.put("lang", analysis.lang);
        return s;
    }
}

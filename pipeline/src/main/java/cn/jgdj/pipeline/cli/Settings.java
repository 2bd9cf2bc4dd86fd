package cn.jgdj.pipeline.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The settings a run records and fingerprints: a resumed run re-does everything when one differs. */
final class Settings {
    private Settings() {
    }

    static Map<String, String> of(String inputDir, Integer year, JobOptions job) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("input", inputDir);
        s.put("year", year == null ? "latest complete" : year.toString());
        s.put("rules", job.rulesFile == null ? "built-in" : job.rulesFile);
        s.put("min_cell_size", Integer.toString(job.minCellSize));
        s.put("max_quarantine_share", Double.toString(job.maxQuarantineShare));
        s.put("lang", job.lang);
        return s;
    }
}

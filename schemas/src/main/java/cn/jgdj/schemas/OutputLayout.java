package cn.jgdj.schemas;

/**
 * Where everything goes under the output root OUT (a local path or any Hadoop filesystem URI).
 * One place, so jobs, packs and the runner agree.
 */
public record OutputLayout(String root) {

    public OutputLayout {
        while (root.length() > 1 && root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
    }

    /** Curated Parquet: OUT/warehouse/DATASET. */
    public String warehouse(String dataset) {
        return root + "/warehouse/" + dataset;
    }

    /** Rejected raw rows with reason codes: OUT/quarantine/DATASET. */
    public String quarantine(String dataset) {
        return root + "/quarantine/" + dataset;
    }

    /** OUT/quality/ingest_report.json and other quality reports. */
    public String quality(String file) {
        return root + "/quality/" + file;
    }

    /** Indicator Parquet: OUT/indicators/NAME. */
    public String indicator(String name) {
        return root + "/indicators/" + name;
    }

    /** Indicator CSV copy: OUT/indicators/NAME.csv. */
    public String indicatorCsv(String name) {
        return root + "/indicators/" + name + ".csv";
    }

    /** Restricted tables (followup): OUT/restricted/NAME, never read by packs. */
    public String restricted(String name) {
        return root + "/restricted/" + name;
    }

    /** Review packs: OUT/reports/PERIOD/PACK. */
    public String report(String period, String pack) {
        return root + "/reports/" + period + "/" + pack;
    }

    /** Run records: OUT/runs/RUN_ID.json. */
    public String run(String runId) {
        return root + "/runs/" + runId + ".json";
    }

    /** Staging area for outputs not yet committed: OUT/_staging/RUN_ID. */
    public String staging(String runId) {
        return root + "/_staging/" + runId;
    }
}

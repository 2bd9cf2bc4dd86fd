package cn.jgdj.schemas;

import cn.jgdj.schemas.raw.DatasetDef;
import java.util.List;

/**
 * Logical dataset names used between tasks. A name is the dataset's path relative to the output root,
 * so `warehouse/members` lives at OUT/warehouse/members. Tasks declare these names as inputs and outputs.
 */
public final class Catalog {
    private Catalog() {
    }

    public static final String INGEST_REPORT = "quality/ingest_report.json";

    /** A raw export: a source of the DAG, the file DATASET.csv or .xlsx in the input folder. */
    public static String raw(String dataset) {
        return "raw/" + dataset;
    }

    /** Whether a dataset name is a raw export's ({@link #raw}). */
    public static boolean isRaw(String name) {
        return name.startsWith(raw(""));
    }

    /** Curated Parquet of a raw dataset. */
    public static String warehouse(String dataset) {
        return "warehouse/" + dataset;
    }

    /** Rejected rows of a raw dataset. */
    public static String quarantine(String dataset) {
        return "quarantine/" + dataset;
    }

    /** Per-dataset ingest counts (JSON), merged into {@link #INGEST_REPORT} by the quality gate. */
    public static String ingestCounts(String dataset) {
        return "quality/ingest/" + dataset + ".json";
    }

    /**
     * Every key a raw file names, written or quarantined (members by member_key, events by event_id): how ingest
     * of a later dataset tells a reference to a quarantined row from a reference to nothing.
     */
    public static String sourceKeys(String dataset) {
        return "work/source_keys_" + dataset;
    }

    /** A public indicator table (Parquet plus a CSV copy). */
    public static String indicator(String name) {
        return "indicators/" + name;
    }

    /** An intermediate table between jobs (member-level, never published). */
    public static String work(String name) {
        return "work/" + name;
    }

    /** A restricted table (Parquet plus CSV), never read by packs. */
    public static String restricted(String name) {
        return "restricted/" + name;
    }

    /** Whether a dataset also gets a single-file CSV copy next to it (NAME.csv). */
    public static boolean hasCsvCopy(String name) {
        return name.startsWith("indicators/") || name.startsWith("restricted/") || name.startsWith("quarantine/");
    }

    /** Parquet partition columns of a dataset, from its definition (curated raw datasets only). */
    public static List<String> partitionBy(String name) {
        if (name.startsWith("warehouse/")) {
            DatasetDef def = Datasets.byName(name.substring("warehouse/".length()));
            return def.partitionBy();
        }
        return List.of();
    }
}

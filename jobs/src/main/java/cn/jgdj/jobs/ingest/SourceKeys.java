package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The keys a raw file names, whether their rows were written or quarantined ({@link Catalog#sourceKeys}): a member
 * whose rows are all in quarantine is still a known member, and an attendance row of a quarantined event can say
 * so. One row per key: {@link #KEY}, {@link #CURATED} (a row of it was written), and for a key with no written row
 * the file, first quarantined row and its reason code.
 */
final class SourceKeys {
    private SourceKeys() {
    }

    static final String KEY = "key";
    static final String CURATED = "curated";
    static final String SOURCE_FILE = "source_file";
    static final String SOURCE_ROW = "source_row";
    static final String REASON_CODE = "reason_code";
    private static final String FIRST_REJECTED = "_first_rejected";

    /** The datasets whose keys are kept, and the parsed-table column holding the key. */
    private static final Map<String, String> KEY_COLUMN = Map.of(
            Members.NAME, ParsedTable.MEMBER_KEY,
            Events.NAME, Events.EVENT_ID);

    static boolean kept(String dataset) {
        return KEY_COLUMN.containsKey(dataset);
    }

    static List<String> outputs(String dataset) {
        return kept(dataset) ? List.of(Catalog.sourceKeys(dataset)) : List.of();
    }

    /** The source keys of a classified table (after {@link KeyChecks}). */
    static Dataset<Row> of(String dataset, Dataset<Row> classified, String fileName) {
        String key = KEY_COLUMN.get(dataset);
        return classified.filter(col(key).isNotNull())
                .groupBy(col(key).as(KEY))
                .agg(max(col(KeyChecks.WRITTEN)).as(CURATED),
                        min(when(col(ParsedTable.REASON).isNotNull(),
                                struct(col(ParsedTable.ROW).as(SOURCE_ROW), col(ParsedTable.REASON).as(REASON_CODE))))
                                .as(FIRST_REJECTED))
                .select(col(KEY), col(CURATED),
                        when(col(CURATED), lit(null).cast("string")).otherwise(lit(fileName)).as(SOURCE_FILE),
                        when(col(CURATED), lit(null).cast("long")).otherwise(col(FIRST_REJECTED + "." + SOURCE_ROW))
                                .as(SOURCE_ROW),
                        when(col(CURATED), lit(null).cast("string"))
                                .otherwise(col(FIRST_REJECTED + "." + REASON_CODE)).as(REASON_CODE));
    }
}

package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** Spark expressions for quarantine messages decided after parsing, worded like {@link RowParser}'s. */
final class Messages {
    private Messages() {
    }

    private static final int MAX_ROWS_LISTED = 10;
    private static final String EDGE_SPACE = "^[\\s\\u3000\\u00A0\\uFEFF\\u200B]+|[\\s\\u3000\\u00A0\\uFEFF\\u200B]+$";

    /** A raw cell as messages show it: trimmed, otherwise as the file has it (like {@link Normalize#display}). */
    static Column shown(String column) {
        Column raw = col(ParsedTable.raw(column));
        return when(raw.isNull(), lit("")).otherwise(regexp_replace(raw, EDGE_SPACE, ""));
    }

    /** "FILE row N: " */
    static Column at(String fileName) {
        return concat(lit(fileName + " row "), col(ParsedTable.ROW).cast("string"), lit(": "));
    }

    /** "3, 7, 12" from an array of row numbers, cut after ten. */
    static Column rowList(Column rows) {
        Column asText = rows.cast("array<string>");
        return when(size(rows).gt(MAX_ROWS_LISTED),
                concat(array_join(slice(asText, 1, MAX_ROWS_LISTED), ", "), lit(", ...")))
                .otherwise(array_join(asText, ", "));
    }
}

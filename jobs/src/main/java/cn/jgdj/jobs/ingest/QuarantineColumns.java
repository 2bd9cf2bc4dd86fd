package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The quarantine table quarantine/DATASET: where the row came from, why it was set aside, and its raw cells as
 * text under the raw column names, so a data steward can fix the source. Personal columns (name, id_number) are
 * present but always blank; a malformed row (cell count not the header's) keeps no cells at all, since its cells
 * may sit under the wrong columns; and, as a second line of defence, any run of digits shaped like a resident id
 * number (15, or 17 and a check character) is masked in every text cell. Sorted by source row in one file, so
 * reruns give the same file.
 */
public final class QuarantineColumns {
    private QuarantineColumns() {
    }

    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_ROW = "source_row";
    public static final String REASON_CODE = "reason_code";
    /** The reason code's Chinese description, a colon, and the English message naming file, row, column, value. */
    public static final String REASON = "reason";
    public static final String COLUMN = "column";
    public static final String VALUE = "value";

    /** Shown instead of a digit run shaped like an id number. */
    public static final String ID_MASK = "[id-like number removed]";
    /** Any decimal digits (exports hold full-width ones too). */
    static final String ID_LIKE = "(?<!\\p{Nd})(\\p{Nd}{17}[\\p{Nd}XxＸｘ]|\\p{Nd}{15})(?![\\p{Nd}A-Za-z])";

    static final List<String> FIXED = List.of(SOURCE_FILE, SOURCE_ROW, REASON_CODE, REASON, COLUMN, VALUE);

    static Dataset<Row> select(DatasetDef def, String fileName, Dataset<Row> rejected) {
        Column chinese = null;
        for (ReasonCode code : ReasonCode.values()) {
            Column is = col(ParsedTable.REASON).equalTo(code.name());
            chinese = chinese == null ? when(is, lit(code.chinese())) : chinese.when(is, lit(code.chinese()));
        }
        List<Column> out = new ArrayList<>(List.of(
                lit(fileName).as(SOURCE_FILE),
                col(ParsedTable.ROW).as(SOURCE_ROW),
                col(ParsedTable.REASON).as(REASON_CODE),
                masked(concat(chinese, lit(": "), col(ParsedTable.MESSAGE))).as(REASON),
                col(ParsedTable.COLUMN).as(COLUMN),
                masked(col(ParsedTable.VALUE)).as(VALUE)));
        for (RawColumn c : def.rawColumns()) {
            if (FIXED.contains(c.name())) {
                throw new IllegalStateException(def.name() + "." + c.name() + " clashes with a quarantine column");
            }
            Column cell = c.personal() ? lit(null).cast("string") : masked(col(ParsedTable.raw(c.name())));
            out.add(cell.as(c.name()));
        }
        // coalesce, not repartition: the rows come from ingest's held table, so one task reads them without a
        // shuffle.
        return rejected.select(out.toArray(Column[]::new)).coalesce(1).sortWithinPartitions(col(SOURCE_ROW));
    }

    private static Column masked(Column text) {
        return regexp_replace(text, ID_LIKE, ID_MASK);
    }
}

package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.quality.ReasonCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;

/** A check decided in Spark: when {@code failing} holds, the row gets this code, column, value and message. */
record Check(Column failing, ReasonCode code, Column column, Column value, Column message) {

    /**
     * New values for the reason columns of {@link ParsedTable}: an earlier reason stays; otherwise the first
     * failing check, in list order, sets them.
     */
    static Map<String, Column> firstProblem(List<Check> checks) {
        Column alreadyRejected = col(ParsedTable.REASON).isNotNull();
        Column reason = when(alreadyRejected, col(ParsedTable.REASON));
        Column column = when(alreadyRejected, col(ParsedTable.COLUMN));
        Column value = when(alreadyRejected, col(ParsedTable.VALUE));
        Column message = when(alreadyRejected, col(ParsedTable.MESSAGE));
        for (Check c : checks) {
            reason = reason.when(c.failing(), lit(c.code().name()));
            column = column.when(c.failing(), c.column());
            value = value.when(c.failing(), c.value());
            message = message.when(c.failing(), c.message());
        }
        Map<String, Column> out = new LinkedHashMap<>();
        out.put(ParsedTable.REASON, reason);
        out.put(ParsedTable.COLUMN, column);
        out.put(ParsedTable.VALUE, value);
        out.put(ParsedTable.MESSAGE, message);
        return out;
    }
}

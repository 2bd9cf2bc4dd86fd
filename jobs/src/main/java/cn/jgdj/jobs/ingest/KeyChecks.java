package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The checks over rows that passed every other check, grouped by key: rows equal in every parsed value collapse
 * to the first (counted, not quarantined); a key whose rows differ is a conflict and all its rows go to
 * quarantine; a member whose validity periods overlap has all its rows quarantined. Marks each row with
 * {@link #COLLAPSED} and {@link #WRITTEN}.
 */
final class KeyChecks {
    private KeyChecks() {
    }

    static final String COLLAPSED = "_collapsed";
    static final String WRITTEN = "_written";
    /** Passed every earlier check. */
    private static final String CANDIDATE = "_candidate";
    /** A candidate whose key has no conflict: it is written, or collapsed into the copy that is. */
    private static final String SETTLED = "_settled";
    /** The settled row that is written (the first of its identical copies). */
    private static final String UNIQUE = "_unique";
    private static final String VARIANT = "_variant";
    private static final String VARIANTS = "_variants";
    private static final String COPY = "_copy";
    private static final String CONFLICT_ROWS = "_conflict_rows";
    private static final String STARTS_IN_PREVIOUS = "_starts_in_previous";
    private static final String OVERLAPS = "_overlaps";
    private static final String MEMBER_ROWS = "_member_rows";
    /** Stands for an open-ended validity (blank valid_to) when comparing periods. */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    static Dataset<Row> apply(DatasetDef def, Dataset<Row> tagged, String fileName) {
        List<String> keys = def.key();
        List<String> values = new ArrayList<>();
        for (RawColumn c : def.rawColumns()) {
            if (!keys.contains(c.name())) {
                values.add(c.name());
            }
        }
        List<String> keyAndValues = new ArrayList<>(keys);
        keyAndValues.addAll(values);
        // Every window is partitioned by the key (plus CANDIDATE, so rejected rows never mix in): one shuffle.
        WindowSpec keyWindow = Window.partitionBy(columns(CANDIDATE, keys));

        Dataset<Row> df = tagged
                .withColumn(CANDIDATE, col(ParsedTable.REASON).isNull().and(not(col(ParsedTable.BLANK))))
                .withColumn(VARIANT, dense_rank().over(keyWindow.orderBy(columns(null, values))))
                .withColumn(COPY, row_number().over(
                        Window.partitionBy(columns(CANDIDATE, keyAndValues)).orderBy(col(ParsedTable.ROW))));
        df = df.withColumn(VARIANTS, max(col(VARIANT)).over(keyWindow));
        Column conflict = col(CANDIDATE).and(col(VARIANTS).gt(1));
        df = df.withColumn(CONFLICT_ROWS,
                        array_sort(collect_list(when(conflict, col(ParsedTable.ROW))).over(keyWindow)))
                .withColumn(SETTLED, col(CANDIDATE).and(col(VARIANTS).equalTo(1)))
                .withColumn(UNIQUE, col(SETTLED).and(col(COPY).equalTo(1)));

        List<Column> keyText = new ArrayList<>();
        for (String k : keys) {
            keyText.add(col(k).cast("string"));
        }
        Column keyValue = concat_ws(", ", keyText.toArray(Column[]::new));
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(conflict, ReasonCode.DUPLICATE_CONFLICT, lit(String.join(",", keys)), keyValue,
                concat(Messages.at(fileName), lit("key " + String.join(", ", keys) + " '"), keyValue,
                        lit("' appears in rows "), Messages.rowList(col(CONFLICT_ROWS)),
                        lit(" with different values"))));

        Column overlaps = lit(false);
        if (def.name().equals(Members.NAME)) {
            df = markOverlaps(df);
            overlaps = col(OVERLAPS);
            checks.add(new Check(overlaps, ReasonCode.OVERLAPPING_VALIDITY, lit(Members.MEMBER_ID),
                    Messages.shown(Members.MEMBER_ID),
                    concat(Messages.at(fileName), lit(Members.MEMBER_ID + " '"), Messages.shown(Members.MEMBER_ID),
                            lit("' has validity periods that overlap (rows "), Messages.rowList(col(MEMBER_ROWS)),
                            lit(")"))));
        }
        Map<String, Column> result = Check.firstProblem(checks);
        result.put(COLLAPSED, col(SETTLED).and(col(COPY).gt(1)).and(not(overlaps)));
        result.put(WRITTEN, col(UNIQUE).and(not(overlaps)));
        return df.withColumns(result).drop(CANDIDATE, SETTLED, UNIQUE, VARIANT, VARIANTS, COPY, CONFLICT_ROWS,
                STARTS_IN_PREVIOUS, OVERLAPS, MEMBER_ROWS);
    }

    /**
     * Sorted by valid_from, a member's periods overlap exactly when one starts on or before the previous one's
     * last day (valid_to is inclusive). Only the written copies are compared (they sort first); the verdict
     * then applies to every settled row of the member, identical copies included.
     */
    private static Dataset<Row> markOverlaps(Dataset<Row> df) {
        WindowSpec member = Window.partitionBy(col(Members.MEMBER_ID));
        Column end = coalesce(col(Members.VALID_TO), lit(java.sql.Date.valueOf(OPEN_END)));
        Column previousEnd = lag(end, 1).over(member.orderBy(col(UNIQUE).desc(), col(Members.VALID_FROM)));
        Column startsInPrevious = col(UNIQUE).and(coalesce(previousEnd.geq(col(Members.VALID_FROM)), lit(false)));
        Column memberOverlaps = max(col(STARTS_IN_PREVIOUS)).over(member);
        return df.withColumn(STARTS_IN_PREVIOUS, startsInPrevious)
                .withColumn(OVERLAPS, col(SETTLED).and(memberOverlaps))
                .withColumn(MEMBER_ROWS,
                        array_sort(collect_list(when(col(OVERLAPS), col(ParsedTable.ROW))).over(member)));
    }

    private static Column[] columns(String first, List<String> names) {
        List<Column> out = new ArrayList<>();
        if (first != null) {
            out.add(col(first));
        }
        for (String n : names) {
            out.add(col(n));
        }
        return out.toArray(Column[]::new);
    }
}

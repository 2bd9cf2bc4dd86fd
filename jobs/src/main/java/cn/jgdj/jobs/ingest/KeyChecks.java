package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
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
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The checks over rows that passed every other check, grouped by key. Where the dataset ranks its rows
 * ({@link DatasetRules#PRECEDENCE}: attendance statuses), the strongest rows of a key stand and the weaker ones
 * are superseded (counted, not quarantined). Rows equal in every parsed value collapse to the first (counted, not
 * quarantined); standing rows of a key that differ are a conflict and all go to quarantine. Member rows that share
 * days other than a handover day ({@code …–X} then {@code X–}: the later row holds X) go to quarantine, and only
 * those rows. Marks each row with {@link #COLLAPSED}, {@link #SUPERSEDED} and {@link #WRITTEN}. The rows of
 * each key are judged by {@link KeyGroups} in one pass over the rows sorted within each task (after one shuffle by
 * key when the file is spread over several tasks).
 */
final class KeyChecks {
    private KeyChecks() {
    }

    static final String COLLAPSED = "_collapsed";
    static final String SUPERSEDED = "_superseded";
    static final String WRITTEN = "_written";
    /** Passed every earlier check. */
    private static final String CANDIDATE = "_candidate";
    /** The row's precedence (higher is stronger; 0 for every row of a dataset without precedence). */
    private static final String RANK = "_rank";
    /** A standing row whose key's standing rows differ: it goes to quarantine. */
    private static final String CONFLICT = "_conflict";
    /** The sorted row numbers of a conflicting key's standing rows (on its conflicting rows only). */
    private static final String CONFLICT_ROWS = "_conflict_rows";
    /** A standing row whose key has no conflict: it is written, or collapsed into the copy that is. */
    private static final String SETTLED = "_settled";
    /** The settled row that is written (the first of its identical copies). */
    private static final String UNIQUE = "_unique";
    private static final String INVOLVED = "_involved";
    private static final String OVERLAPS = "_overlaps";
    private static final String MEMBER_ROWS = "_member_rows";
    /** Stands for an open-ended validity (blank valid_to) when comparing periods. */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /**
     * @param spread whether the rows are spread over several partitions (then they are shuffled by key here), or
     *               all in one (which is clustered by any key already)
     */
    static Dataset<Row> apply(DatasetDef def, Dataset<Row> tagged, String fileName, boolean spread) {
        List<String> keys = def.key();
        List<String> values = new ArrayList<>();
        for (RawColumn c : def.rawColumns()) {
            if (!keys.contains(c.name())) {
                values.add(c.name());
            }
        }
        // The overlap check of members groups rows by key (plus CANDIDATE, so rejected rows never mix in).
        WindowSpec keyWindow = Window.partitionBy(columns(CANDIDATE, keys));
        Dataset<Row> df = tagged
                .withColumn(CANDIDATE, col(ParsedTable.REASON).isNull().and(not(col(ParsedTable.BLANK))))
                .withColumn(RANK, DatasetRules.precedence(def.name()));
        if (spread) {
            // One shuffle brings every row of a key to one task; the sort below runs inside each task.
            df = df.repartition(columns(CANDIDATE, keys));
        }
        // Sorted by key, then by rank, values and row number, the rows of a key list the standing rows first and
        // each variant's identical copies together in file order, which is all KeyGroups needs to judge a key in
        // one pass. The key leads (not a hash of it, which would let Spark's sort decide most comparisons by a
        // 64-bit prefix): exports list their rows roughly by key, and rows kept in key order compress several
        // times better in the later shuffle by year and in the Parquet writer (a hash order tripled the shuffle).
        List<Column> rowOrder = new ArrayList<>(List.of(columns(null, keys)));
        rowOrder.add(col(CANDIDATE));
        rowOrder.add(col(RANK).desc());
        rowOrder.addAll(List.of(columns(null, values)));
        rowOrder.add(col(ParsedTable.ROW));
        Dataset<Row> sorted = df.sortWithinPartitions(rowOrder.toArray(Column[]::new));
        StructType in = sorted.schema();
        KeyGroups judge = new KeyGroups(in, CANDIDATE, keys, RANK, values, ParsedTable.ROW);
        StructType out = in;
        for (StructField f : KeyGroups.verdictColumns(SUPERSEDED, CONFLICT, CONFLICT_ROWS, SETTLED, UNIQUE).fields()) {
            out = out.add(f);
        }
        df = InternalRowTable.of(sorted.sparkSession(),
                sorted.queryExecution().toRdd().toJavaRDD().mapPartitions(judge::apply), out);
        if (!spread) {
            // Still one partition, and Spark must know it: the overlap check's windows then need no shuffle.
            df = df.coalesce(1);
        }
        Column conflict = col(CONFLICT);

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
            df = markOverlaps(df, keyWindow);
            overlaps = col(OVERLAPS);
            checks.add(new Check(overlaps, ReasonCode.OVERLAPPING_VALIDITY, lit(Members.MEMBER_ID),
                    Messages.shown(Members.MEMBER_ID),
                    concat(Messages.at(fileName), lit(Members.MEMBER_ID + " '"), Messages.shown(Members.MEMBER_ID),
                            lit("' has validity periods that overlap (rows "), Messages.rowList(col(MEMBER_ROWS)),
                            lit(")"))));
        }
        Map<String, Column> result = Check.firstProblem(checks);
        result.put(COLLAPSED, col(SETTLED).and(not(col(UNIQUE))).and(not(overlaps)));
        result.put(WRITTEN, col(UNIQUE).and(not(overlaps)));
        return df.withColumns(result).drop(CANDIDATE, RANK, SETTLED, UNIQUE,
                CONFLICT, CONFLICT_ROWS, INVOLVED, OVERLAPS, MEMBER_ROWS);
    }

    /**
     * Sorted by valid_from, a written row is involved in an overlap when an earlier row ends after it starts, or
     * it ends after the next row starts (valid_to is inclusive). Ending on the day the next row starts is a
     * handover, not an overlap. Only the written copies are compared; the verdict then applies to every settled
     * row of the same key (identical copies included), and only to involved rows, not the member's others.
     */
    private static Dataset<Row> markOverlaps(Dataset<Row> df, WindowSpec keyWindow) {
        WindowSpec member = Window.partitionBy(col(Members.MEMBER_ID), col(UNIQUE)).orderBy(col(Members.VALID_FROM));
        Column end = coalesce(col(Members.VALID_TO), lit(java.sql.Date.valueOf(OPEN_END)));
        Column earlierEnd = max(end).over(member.rowsBetween(Window.unboundedPreceding(), -1));
        Column laterStart = lead(col(Members.VALID_FROM), 1).over(member);
        Column involved = col(UNIQUE).and(coalesce(earlierEnd.gt(col(Members.VALID_FROM)), lit(false))
                .or(coalesce(laterStart.lt(end), lit(false))));
        return df.withColumn(INVOLVED, involved)
                .withColumn(OVERLAPS, col(SETTLED).and(max(col(INVOLVED)).over(keyWindow)))
                .withColumn(MEMBER_ROWS, array_sort(collect_list(when(col(OVERLAPS), col(ParsedTable.ROW)))
                        .over(Window.partitionBy(col(Members.MEMBER_ID)))));
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

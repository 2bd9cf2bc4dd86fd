package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The checks over rows that passed every other check, grouped by key. Where the dataset ranks its rows
 * ({@link DatasetRules#PRECEDENCE}: attendance statuses), the strongest rows of a key stand and the weaker ones
 * are superseded (counted, not quarantined). Rows equal in every parsed value collapse to the first (counted, not
 * quarantined); standing rows of a key that differ are a conflict and all go to quarantine. Member rows that share
 * days other than a handover day ({@code …–X} then {@code X–}: the later row holds X) go to quarantine, and only
 * those rows. Marks each row with {@link #COLLAPSED}, {@link #SUPERSEDED} and {@link #WRITTEN}.
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
    private static final String TOP_RANK = "_top_rank";
    /** A candidate of the strongest rank of its key: it stands, or conflicts with another standing row. */
    private static final String STANDING = "_standing";
    /** A standing row whose key has no conflict: it is written, or collapsed into the copy that is. */
    private static final String SETTLED = "_settled";
    /** The settled row that is written (the first of its identical copies). */
    private static final String UNIQUE = "_unique";
    /** The row's position among the rows of its key, sorted by rank, values and row number. */
    private static final String POSITION = "_position";
    /** The row before it in that order has the same rank and values: the row is a later copy of a variant. */
    private static final String SAME_AS_PREVIOUS = "_same_as_previous";
    /** (rank, values) of the key's first row: its strongest rows' smallest variant. */
    private static final String FIRST_VARIANT = "_first_variant";
    /** The greatest (rank, values) of the key: its strongest rows' largest variant. */
    private static final String LAST_STANDING_VARIANT = "_last_standing_variant";
    /** (rank, row number) of every row of the key. */
    private static final String RANKED_ROWS = "_ranked_rows";
    private static final String CONFLICT_ROWS = "_conflict_rows";
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
        // Every window is partitioned by the key (plus CANDIDATE, so rejected rows never mix in): one shuffle.
        WindowSpec keyWindow = Window.partitionBy(columns(CANDIDATE, keys));
        // Sorted by rank, values and row number, the rows of a key list the standing rows first and each variant's
        // identical copies together in file order. Every verdict below reads this one order, so Spark evaluates
        // them in one window operator over one sort: most keys have a single row, and each further window
        // operator would copy every row with all its columns once more.
        List<Column> variantOrder = new ArrayList<>();
        variantOrder.add(col(RANK).desc());
        variantOrder.addAll(List.of(columns(null, values)));
        List<Column> rowOrder = new ArrayList<>(variantOrder);
        rowOrder.add(col(ParsedTable.ROW));
        WindowSpec inOrder = keyWindow.orderBy(rowOrder.toArray(Column[]::new));
        WindowSpec wholeKey = inOrder.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());

        Dataset<Row> df = tagged
                .withColumn(CANDIDATE, col(ParsedTable.REASON).isNull().and(not(col(ParsedTable.BLANK))))
                .withColumn(RANK, DatasetRules.precedence(def.name()));
        if (spread) {
            // The shuffle the windows need, made explicit so that it carries only the rows: Spark would otherwise
            // compute the windows' struct arguments below its own shuffle and ship them with every row. Same
            // partitioning as the windows' (hash of the same columns), so no second shuffle follows.
            df = df.repartition(columns(CANDIDATE, keys));
        }
        Column variant = struct(columns(RANK, values));
        Column sameAsPrevious = lit(true);
        for (String c : concatNames(RANK, values)) {
            // Null-safe equality of each ordering column, as rank() and dense_rank() compare neighbours.
            sameAsPrevious = sameAsPrevious.and(lag(col(c), 1).over(inOrder).eqNullSafe(col(c)));
        }
        Map<String, Column> windowed = new LinkedHashMap<>();
        windowed.put(POSITION, row_number().over(inOrder));
        windowed.put(SAME_AS_PREVIOUS, sameAsPrevious);
        windowed.put(TOP_RANK, max(col(RANK)).over(wholeKey));
        // The standing rows sort first, so the first row is their smallest variant and the greatest (rank, values)
        // of the key is their largest: they agree exactly when every standing row holds the same values.
        windowed.put(FIRST_VARIANT, first(variant).over(wholeKey));
        windowed.put(LAST_STANDING_VARIANT, max(variant).over(wholeKey));
        windowed.put(RANKED_ROWS, collect_list(struct(col(RANK).as(RANK), col(ParsedTable.ROW).as(ParsedTable.ROW)))
                .over(wholeKey));
        df = df.withColumns(windowed);

        df = df.withColumn(STANDING, col(CANDIDATE).and(col(RANK).equalTo(col(TOP_RANK))))
                .withColumn(SUPERSEDED, col(CANDIDATE).and(col(RANK).lt(col(TOP_RANK))));
        Column conflict = col(STANDING).and(not(col(FIRST_VARIANT).eqNullSafe(col(LAST_STANDING_VARIANT))));
        // The first copy of a variant is the row whose ordering columns differ from the row before it.
        Column firstCopy = col(POSITION).equalTo(1).or(not(col(SAME_AS_PREVIOUS)));
        df = df.withColumn(CONFLICT_ROWS, when(conflict, array_sort(transform(
                        filter(col(RANKED_ROWS), r -> r.getField(RANK).equalTo(col(TOP_RANK))),
                        r -> r.getField(ParsedTable.ROW)))))
                .withColumn(SETTLED, col(STANDING).and(not(conflict)))
                .withColumn(UNIQUE, col(SETTLED).and(firstCopy));

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
        return df.withColumns(result).drop(CANDIDATE, RANK, TOP_RANK, STANDING, SETTLED, UNIQUE, SAME_AS_PREVIOUS,
                FIRST_VARIANT, LAST_STANDING_VARIANT, RANKED_ROWS, POSITION, CONFLICT_ROWS, INVOLVED, OVERLAPS,
                MEMBER_ROWS);
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

    private static List<String> concatNames(String first, List<String> names) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(names);
        return out;
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

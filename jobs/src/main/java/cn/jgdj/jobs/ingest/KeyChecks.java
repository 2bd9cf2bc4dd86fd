package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.rank;
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
    private static final String VARIANT = "_variant";
    private static final String VARIANTS = "_variants";
    private static final String COPY = "_copy";
    /** The row's position among the rows of its key, sorted by rank, values and row number. */
    private static final String POSITION = "_position";
    private static final String CONFLICT_ROWS = "_conflict_rows";
    private static final String INVOLVED = "_involved";
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
        // Every window is partitioned by the key (plus CANDIDATE, so rejected rows never mix in): one shuffle.
        WindowSpec keyWindow = Window.partitionBy(columns(CANDIDATE, keys));
        List<Column> variantOrder = new ArrayList<>();
        variantOrder.add(col(RANK).desc());
        variantOrder.addAll(List.of(columns(null, values)));
        WindowSpec byVariant = keyWindow.orderBy(variantOrder.toArray(Column[]::new));
        List<Column> rowOrder = new ArrayList<>(variantOrder);
        rowOrder.add(col(ParsedTable.ROW));
        // The rank is a function of the row's values, so the rows of one key sorted by rank, values and row number
        // are the copies of each variant in file order: one sort serves every window below.
        WindowSpec byVariantThenRow = keyWindow.orderBy(rowOrder.toArray(Column[]::new));

        Dataset<Row> df = tagged
                .withColumn(CANDIDATE, col(ParsedTable.REASON).isNull().and(not(col(ParsedTable.BLANK))))
                .withColumn(RANK, DatasetRules.precedence(def.name()));
        df = df.withColumn(POSITION, row_number().over(byVariantThenRow));
        df = df.withColumn(TOP_RANK, max(col(RANK)).over(keyWindow))
                // Standing rows sort first, so their variants are 1..k.
                .withColumn(VARIANT, dense_rank().over(byVariant))
                // rank() is the position of the variant's first copy: the copy number follows from the row's own.
                .withColumn(COPY, col(POSITION).minus(rank().over(byVariant)).plus(1));
        df = df.withColumn(STANDING, col(CANDIDATE).and(col(RANK).equalTo(col(TOP_RANK))))
                .withColumn(SUPERSEDED, col(CANDIDATE).and(col(RANK).lt(col(TOP_RANK))));
        df = df.withColumn(VARIANTS, max(when(col(STANDING), col(VARIANT))).over(keyWindow));
        Column conflict = col(STANDING).and(col(VARIANTS).gt(1));
        df = df.withColumn(CONFLICT_ROWS,
                        array_sort(collect_list(when(conflict, col(ParsedTable.ROW))).over(keyWindow)))
                .withColumn(SETTLED, col(STANDING).and(col(VARIANTS).equalTo(1)))
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
            df = markOverlaps(df, keyWindow);
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
        return df.withColumns(result).drop(CANDIDATE, RANK, TOP_RANK, STANDING, SETTLED, UNIQUE, VARIANT, VARIANTS,
                COPY, POSITION, CONFLICT_ROWS, INVOLVED, OVERLAPS, MEMBER_ROWS);
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

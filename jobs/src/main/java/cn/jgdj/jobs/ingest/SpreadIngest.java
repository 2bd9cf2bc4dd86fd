package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Ingest of a big file spread over several tasks, without shuffling or holding its full rows. A key check needs, of
 * each row, its key, rank and compared values; only the few rows it does not write (quarantined, collapsed, superseded:
 * about 1.5 % of attendance's) need the rest. So the file is parsed twice:
 * <ol>
 *   <li>The key checks run on the parsed rows without member_key (a 64-character HMAC, the widest column, which a
 *   row not written needs only to place a collapsed platform row, and gets back from its member_id) and without
 *   the curated-only event year. The rows they do not write are held (a small table); their row numbers, for the
 *   rows that passed every earlier check, are the {@link #notWrittenCandidates} set.</li>
 *   <li>The quarantine, collapsed rows and most counts come from the held rows. The curated rows come from a second
 *   parse of the file, which skips the records in that set (looked up by row number in a broadcast sorted array)
 *   and writes every other row that passes the row and reference checks: exactly the rows the key checks wrote.</li>
 * </ol>
 * Against holding every classified row after a shuffle of every column (1.3 and 1.8 GB of shuffle and a held table
 * larger than the default heap at 100,000 members), the second parse costs the CSV tokenising and the row parser once
 * more: so it is taken only above {@link IngestOptions#heldRecordsMax} records. Members (overlap windows over the
 * written rows) and datasets whose source keys are kept (they need every key's verdict) keep the one-pass path of
 * {@link IngestJob}.
 */
final class SpreadIngest {
    private SpreadIngest() {
    }

    static final String TOTAL = "_total";
    static final String WRITTEN = "_n_written";
    static final String COLLAPSED = "_n_collapsed";
    static final String SUPERSEDED = "_n_superseded";
    static final String OF_QUARANTINED_MEMBERS = "_n_of_quarantined_members";
    static final String BLANK = "_n_blank";
    private static final String HELD = "_n_held";
    private static final String QUARANTINED = "_n_quarantined";

    /**
     * Whether a file is ingested this way: spread over several tasks, with more records than the classified rows
     * ingest holds ({@link IngestOptions#heldRecordsMax}; below it, holding them costs less CPU than a second
     * parse), and of a dataset whose checks need no written row's data.
     */
    static boolean suits(DatasetDef def, IngestLayout layout, long records, long heldRecordsMax) {
        return !layout.singleTask() && records > heldRecordsMax && !def.name().equals(Members.NAME)
                && !SourceKeys.kept(def.name());
    }

    /** What the ingest of a spread file found, before the report is checked and written. */
    record Tally(Map<String, Object> metrics, long quarantineFile) {
    }

    /**
     * @param tagged     the first parse, after the reference checks
     * @param secondPass the second parse after the reference checks, skipping the records whose row numbers are in
     *                   the broadcast sorted array
     * @param secret     the member key secret (member_key of the held rows is computed again from member_id)
     */
    static Tally run(JobIO io, DatasetDef def, String fileName, IngestLayout layout,
                     Dataset<Row> tagged, Function<Broadcast<long[]>, Dataset<Row>> secondPass, byte[] secret) {
        Dataset<Row> narrow = tagged.drop(ParsedTable.MEMBER_KEY, CrossChecks.EVENT_YEAR);
        Dataset<Row> notWritten = KeyChecks.apply(def, narrow, fileName, true).filter(not(col(KeyChecks.WRITTEN)));
        if (hasMemberId(def)) {
            notWritten = notWritten.withColumn(ParsedTable.MEMBER_KEY, memberKey(secret, col(Members.MEMBER_ID)));
        }
        notWritten = IngestJob.heldColumns(def, notWritten);
        try (HeldRows held = HeldRows.of(notWritten)) {
            Dataset<Row> rows = held.table();
            long[] skipped = notWrittenCandidates(rows);

            Observation heldRows = new Observation("held " + def.name());
            List<Column> metrics = new ArrayList<>();
            metrics.add(count(lit(1)).as(HELD));
            metrics.add(ones(col(KeyChecks.COLLAPSED)).as(COLLAPSED));
            metrics.add(ones(col(KeyChecks.SUPERSEDED)).as(SUPERSEDED));
            metrics.add(ones(col(ParsedTable.BLANK)).as(BLANK));
            Observation quarantined = new Observation("quarantine " + def.name());
            Dataset<Row> rejected = rows.observe(heldRows, metrics.get(0), metrics.subList(1, metrics.size())
                            .toArray(Column[]::new))
                    .filter(col(ParsedTable.REASON).isNotNull())
                    .observe(quarantined, count(lit(1)).as(QUARANTINED), IngestJob.byReason());
            io.write(Catalog.quarantine(def.name()), QuarantineColumns.select(def, fileName, rejected));
            if (CollapsedRows.kept(def.name())) {
                // A few rows: one task aggregates them without a shuffle.
                io.write(CollapsedRows.name(def.name()), CollapsedRows.of(def.name(), rows.coalesce(1)));
            }

            // Shipped with the second parse's tasks (no Spark job); a few hundred kB at 100,000 members.
            Broadcast<long[]> skip = JavaSparkContext.fromSparkContext(io.spark().sparkContext()).broadcast(skipped);
            try {
                Observation second = new Observation("second parse " + def.name());
                Column candidate = col(ParsedTable.REASON).isNull().and(not(col(ParsedTable.BLANK)));
                Dataset<Row> all = secondPass.apply(skip).observe(second, count(lit(1)).as(TOTAL),
                        ones(candidate).as(WRITTEN),
                        ones(candidate.and(col(CrossChecks.OF_QUARANTINED_MEMBER))).as(OF_QUARANTINED_MEMBERS));
                io.write(Catalog.warehouse(def.name()),
                        layout.forWrite(def, CuratedColumns.select(def, all.filter(candidate))));
                Map<String, Object> q = IngestJob.metrics(quarantined);
                Map<String, Object> m = IngestJob.withReasons(IngestJob.metrics(heldRows), q);
                Map<String, Object> pass2 = IngestJob.metrics(second);
                long heldCount = asLong(m.get(HELD));
                long written = asLong(pass2.get(WRITTEN));
                long secondTotal = asLong(pass2.get(TOTAL));
                // The rows the second parse did not write are the held rows it did not skip: both parses classified
                // every row alike (the same file, parser, run date and reference tables).
                if (secondTotal - written != heldCount - skipped.length) {
                    throw new IllegalStateException("ingest of " + def.name() + ": the second parse kept "
                            + (secondTotal - written) + " rows out of the curated table, the key checks "
                            + (heldCount - skipped.length) + " (" + heldCount + " rows not written, "
                            + skipped.length + " of them collapsed, superseded or conflicting)");
                }
                m.put(TOTAL, heldCount + written);
                m.put(WRITTEN, written);
                m.put(OF_QUARANTINED_MEMBERS, pass2.get(OF_QUARANTINED_MEMBERS));
                return new Tally(m, asLong(q.get(QUARANTINED)));
            } finally {
                skip.destroy();
            }
        }
    }

    /**
     * The sorted row numbers of the rows that passed every earlier check and that the key checks did not write
     * (collapsed copies, superseded rows, conflicting rows). The first action on the held rows: it computes them.
     */
    static long[] notWrittenCandidates(Dataset<Row> notWritten) {
        List<Row> rows = notWritten.filter(col(KeyChecks.COLLAPSED).or(col(KeyChecks.SUPERSEDED))
                        .or(col(ParsedTable.REASON).equalTo(ReasonCode.DUPLICATE_CONFLICT.name())))
                .select(col(ParsedTable.ROW)).collectAsList();
        long[] out = new long[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).getLong(0);
        }
        Arrays.sort(out);
        return out;
    }

    /** The records of a file without those whose row numbers are in {@code skipped} (sorted). */
    static org.apache.spark.api.java.function.Function<RawRecord, Boolean> without(Broadcast<long[]> skipped) {
        return rec -> Arrays.binarySearch(skipped.value(), rec.row()) < 0;
    }

    private static boolean hasMemberId(DatasetDef def) {
        for (RawColumn c : def.rawColumns()) {
            if (c.name().equals(Members.MEMBER_ID)) {
                return true;
            }
        }
        return false;
    }

    /** member_key of a parsed member_id, as the row parser computes it (null without an id). */
    private static Column memberKey(byte[] secret, Column memberId) {
        UserDefinedFunction key = udf(new MemberKeyOf(secret), DataTypes.StringType);
        return key.apply(memberId);
    }

    /** The row parser's member_key, for the few held rows; one HMAC (with its memory) per task. */
    private static final class MemberKeyOf implements UDF1<String, String> {
        private static final long serialVersionUID = 1L;
        private final byte[] secret;
        private transient MemberKeys.Hasher hasher;

        MemberKeyOf(byte[] secret) {
            this.secret = secret.clone();
        }

        @Override
        public String call(String memberId) {
            if (memberId == null) {
                return null;
            }
            if (hasher == null) {
                hasher = new MemberKeys.Hasher(secret);
            }
            return hasher.key(memberId);
        }
    }

    private static Column ones(Column condition) {
        return sum(when(condition, 1L).otherwise(0L));
    }

    private static long asLong(Object v) {
        return v == null ? 0L : ((Number) v).longValue();
    }
}

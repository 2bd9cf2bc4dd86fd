package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Members;
import java.sql.Date;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The days each curated member row holds. HR systems export a transfer as {@code …–X} then {@code X–}; ingest keeps
 * both rows (a handover, DOMAIN.md second edition) and the later row holds X, so here the earlier row's valid_to
 * becomes X − 1. Every job that asks "which row was valid on a day" reads members through this, so a member is in
 * one branch, one group and one window row on the handover day. A row left holding no day is dropped.
 */
public final class HeldValidity {
    private HeldValidity() {
    }

    private static final Date OPEN_END = Date.valueOf("9999-12-31");

    /** The members table with valid_to cut back to the day before the member's next row starts. */
    public static Dataset<Row> of(Dataset<Row> members) {
        WindowSpec byStart = Window.partitionBy(col(Members.MEMBER_KEY)).orderBy(col(Members.VALID_FROM));
        Column nextStart = lead(col(Members.VALID_FROM), 1).over(byStart);
        Column end = coalesce(col(Members.VALID_TO), lit(OPEN_END));
        Column held = when(nextStart.isNotNull().and(end.geq(nextStart)), date_sub(nextStart, 1))
                .otherwise(col(Members.VALID_TO));
        return members.withColumn(Members.VALID_TO, held)
                .filter(col(Members.VALID_TO).isNull().or(col(Members.VALID_TO).geq(col(Members.VALID_FROM))));
    }
}

package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

import cn.jgdj.jobs.driverside.SmallTables;
import cn.jgdj.schemas.Branches;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The unit of a branch as a lookup in a literal map of the collected branches (a few hundred rows), instead of a
 * join. Spark estimates a join's size as the product of its sides (it has no statistics), so members joined with
 * branches looked far too big to broadcast, and the big table meeting them (attendance, platform usage) was
 * shuffled to meet them; members with a looked-up column keep their real size in the estimate and are broadcast
 * while they are small (a county), joined by shuffle when they are not (Spark's own threshold). The branches are
 * read by the driver from their Parquet files ({@link SmallTables}), not collected by a Spark job.
 */
public final class BranchUnits {
    private BranchUnits() {
    }

    /** The unit_id of the branch in {@code branchId}, null for a branch not in {@code branches} (as a left join). */
    public static Column unitOf(Dataset<Row> branches, Column branchId) {
        List<Column> pairs = new ArrayList<>();
        for (String[] b : SmallTables.strings(branches, Branches.BRANCH_ID, Branches.UNIT_ID)) {
            if (b[0] != null) {
                pairs.add(lit(b[0]));
                pairs.add(lit(b[1]).cast("string"));
            }
        }
        return pairs.isEmpty() ? lit(null).cast("string")
                : try_element_at(map(pairs.toArray(Column[]::new)), branchId);
    }
}

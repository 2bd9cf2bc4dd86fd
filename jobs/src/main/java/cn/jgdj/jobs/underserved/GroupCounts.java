package cn.jgdj.jobs.underserved;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.MemberOutcomes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark half of the under_served job: per period × dimension × group (and `all`/`all`), the number of members
 * and of members with each outcome, in one pass over work/member_outcomes.
 */
public final class GroupCounts {
    /** The member_outcomes boolean behind each under_served indicator. */
    public static final Map<String, String> OUTCOME_COLUMNS = outcomeColumns();

    private static final String INPUT = Catalog.work(MemberOutcomes.NAME);
    private static final String NULLS = "nulls_";

    private GroupCounts() {
    }

    private static Map<String, String> outcomeColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(UnderServed.ATTAINMENT, MemberOutcomes.ATTAINED);
        m.put(UnderServed.REACH, MemberOutcomes.REACHED);
        m.put(UnderServed.VOLUNTEER_PARTICIPATION, MemberOutcomes.VOLUNTEERED);
        m.put(UnderServed.PLATFORM_ACTIVITY, MemberOutcomes.PLATFORM_ACTIVE);
        return m;
    }

    /** Aggregates in Spark and brings only the per-group counts to the driver. */
    public static List<OutcomeCount> of(Dataset<Row> memberOutcomes) {
        requireColumns(memberOutcomes);
        List<Column> groupPairs = new ArrayList<>();
        groupPairs.add(struct(lit(Dimensions.ALL).as(Indicators.DIMENSION), lit(Dimensions.ALL).as(Indicators.GROUP)));
        for (String dimension : WorkTables.GROUP_ATTRIBUTES) {
            groupPairs.add(struct(lit(dimension).as(Indicators.DIMENSION),
                    col(dimension).cast("string").as(Indicators.GROUP)));
        }
        List<Column> sums = new ArrayList<>();
        for (String outcome : OUTCOME_COLUMNS.values()) {
            sums.add(when(col(outcome), 1L).otherwise(0L).as(outcome));
            sums.add(when(col(outcome).isNull(), 1L).otherwise(0L).as(NULLS + outcome));
        }
        List<Column> selected = new ArrayList<>();
        selected.add(col(MemberOutcomes.PERIOD).cast("string").as(MemberOutcomes.PERIOD));
        selected.add(explode(array(groupPairs.toArray(Column[]::new))).as("g"));
        OUTCOME_COLUMNS.values().forEach(o -> selected.add(col(o)));
        // A few hundred groups: totalled per partition and merged on the driver, one Spark job (not a shuffle's
        // two). Rows: period, dimension, group, members, then each outcome's count and its nulls.
        List<Row> rows = PartitionTotals.of(memberOutcomes.select(selected.toArray(Column[]::new)),
                List.of(col(MemberOutcomes.PERIOD), col("g." + Indicators.DIMENSION).as(Indicators.DIMENSION),
                        col("g." + Indicators.GROUP).as(Indicators.GROUP)), sums, List.of());

        List<OutcomeCount> counts = new ArrayList<>();
        for (Row r : rows) {
            String period = r.getString(0);
            String dimension = r.getString(1);
            String group = r.getString(2);
            if (period == null) {
                throw badValue(memberOutcomes, col(MemberOutcomes.PERIOD).isNull(), MemberOutcomes.PERIOD);
            }
            if (group == null) {
                throw badValue(memberOutcomes, col(dimension).isNull(), dimension);
            }
            long members = r.getLong(3);
            int i = 4;
            for (Map.Entry<String, String> e : OUTCOME_COLUMNS.entrySet()) {
                long positive = r.getLong(i++);
                if (r.getLong(i++) > 0) {
                    throw badValue(memberOutcomes, col(e.getValue()).isNull(), e.getValue());
                }
                counts.add(new OutcomeCount(period, e.getKey(), dimension, group, members, positive));
            }
        }
        return counts;
    }

    private static void requireColumns(Dataset<Row> memberOutcomes) {
        List<String> present = Arrays.asList(memberOutcomes.columns());
        List<String> needed = new ArrayList<>();
        needed.add(MemberOutcomes.PERIOD);
        needed.add(WorkTables.MEMBER_KEY);
        needed.addAll(WorkTables.GROUP_ATTRIBUTES);
        needed.addAll(OUTCOME_COLUMNS.values());
        for (String c : needed) {
            if (!present.contains(c)) {
                throw new IllegalArgumentException(INPUT + " has no column '" + c + "' (columns: " + present + ")");
            }
        }
    }

    /** An error naming the first offending row; only built on the failure path. */
    private static IllegalArgumentException badValue(Dataset<Row> memberOutcomes, Column isBad, String column) {
        Row example = memberOutcomes.filter(isBad).select(MemberOutcomes.PERIOD, WorkTables.MEMBER_KEY).first();
        return new IllegalArgumentException(INPUT + " period " + example.get(0) + ", member_key " + example.get(1)
                + ": column '" + column + "' is null");
    }
}

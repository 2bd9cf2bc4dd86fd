package cn.jgdj.jobs.groups;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import cn.jgdj.jobs.io.PublishedOrder;
import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.work.WorkTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The group-rate table the member indicators share: members counted per period, dimension and group, the job's own
 * figures beside them, rates, `suppressed` (fewer members than the minimum cell size) and `partial` (the period in
 * progress on the as-of day), sorted the job's way. A job feeds it only its own per-member aggregations:
 * <pre>{@code
 * GroupRates.of(eligible)                                    // one row per member and period, with the dimensions
 *     .countMembers(ELIGIBLE)                                // member rows per group (or .aggregate(...))
 *     .activity(activity, PLATFORM, Codes.PLATFORM.ids())    // one row per member, period and platform used
 *     .activityAggregate(ACTIVE, count(lit(1)), 0L)          // over the active members; 0 for a group with none
 *     .rate(ACTIVE_RATE, ACTIVE, ELIGIBLE)
 *     .table(ELIGIBLE, minCellSize, asOf, order, COLUMNS);
 * }</pre>
 *
 * <p>Why this shape: a group-by over every member × dimension (× platform or theme) row is the bulk of these jobs.
 * Members are exploded by dimension once, whatever the number of activity keys; the activity figures are exploded
 * only for the members who have activity, and the small per-group tables are joined at the end (every key value for
 * every group, so a group with no activity still has its row). A table of only {@link #countMembers} and one of
 * {@link #activityCountAndSum} or {@link #activityCountAndMedian} skips all of that: {@link OnePassPerPeriod}
 * shuffles the member and activity rows once, together, by period, and computes every group's figures there (the
 * same figures, with the member rows computed once and fewer exchanges and jobs).
 */
public final class GroupRates {
    private final Dataset<Row> members;
    private final List<Column> aggregates = new ArrayList<>();
    private String memberCount;
    private final Map<String, Column> derived = new LinkedHashMap<>();
    private final List<Column> activityAggregates = new ArrayList<>();
    private final Map<String, Object> whenNoActivity = new LinkedHashMap<>();
    private Dataset<Row> activity;
    private String activityKey;
    private List<String> activityKeyValues;
    private String activityCount;
    private String medianName;
    private Column medianValue;
    private String sumName;
    private Column sumValue;
    private String recordsAlsoUnder;

    private GroupRates(Dataset<Row> members) {
        this.members = members;
    }

    /**
     * @param memberRows one row per member and period: member_key, period and a column per dimension (named as in
     *                   Dimensions)
     */
    public static GroupRates of(Dataset<Row> memberRows) {
        return new GroupRates(memberRows);
    }

    /**
     * The number of member rows of each period and group, named {@code name}: as
     * {@code aggregate(count(lit(1)).as(name))}, but known to the builder, so that a table of only this count and
     * {@link #activityCountAndSum} or {@link #activityCountAndMedian} is computed in one pass per period
     * ({@link OnePassPerPeriod}) instead of the general explode, joins and cross join.
     */
    public GroupRates countMembers(String name) {
        if (memberCount != null) {
            throw new IllegalStateException("members are counted once: " + memberCount);
        }
        memberCount = name;
        return this;
    }

    /** Aggregates over the member rows of each period and group, each named with {@code .as(name)}. */
    public GroupRates aggregate(Column... namedAggregates) {
        aggregates.addAll(List.of(namedAggregates));
        return this;
    }

    /**
     * What members did, reported by one more key (platform, theme): one row per member_key, period and key value,
     * with the columns the activity aggregates read. Rows of members absent from the member rows do not count.
     *
     * @param keyValues every value of the key, in any order: each group gets a row for each
     */
    public GroupRates activity(Dataset<Row> activityRows, String key, List<String> keyValues) {
        this.activity = activityRows;
        this.activityKey = key;
        this.activityKeyValues = List.copyOf(keyValues);
        return this;
    }

    /**
     * An aggregate over the activity rows of each period, key value and group; {@code whenNone} is its value for a
     * group without activity (null: left empty).
     */
    public GroupRates activityAggregate(String name, Column aggregate, Object whenNone) {
        activityAggregates.add(aggregate.as(name));
        whenNoActivity.put(name, whenNone);
        return this;
    }

    /**
     * Two activity figures of each period, key value and group: the number of activity rows ({@code countName}, 0
     * for a group without activity) and the exact median of {@code value} over them ({@code medianName}, as
     * {@code percentile(value, 0.5)}; null for a group without activity). With {@link #countMembers} and no other
     * aggregates, computed in one pass per period; otherwise per period and key value in {@link ExactMedians}, not
     * by an object aggregate over the rows exploded by dimension.
     */
    public GroupRates activityCountAndMedian(String countName, String medianName, Column value) {
        countActivityAs(countName);
        this.medianName = medianName;
        this.medianValue = value;
        whenNoActivity.put(countName, 0L);
        whenNoActivity.put(medianName, null);
        return this;
    }

    /**
     * Two activity figures of each period, key value and group: the number of activity rows ({@code countName}) and
     * the sum of a decimal {@code value} over them, exact, then a double ({@code sumName}); 0 for a group without
     * activity. With {@link #countMembers} and no other aggregates, computed in one pass per period.
     */
    public GroupRates activityCountAndSum(String countName, String sumName, Column value) {
        countActivityAs(countName);
        this.sumName = sumName;
        this.sumValue = value;
        whenNoActivity.put(countName, 0L);
        whenNoActivity.put(sumName, 0.0);
        return this;
    }

    /**
     * As {@link #activityCountAndSum}, from activity rows that are records, any number per member, period and key
     * value (each volunteer log): {@code countName} counts each member with a record once per key value, the sum
     * adds every record, and every record also counts under {@code alsoUnder} (a key value, e.g. `all`; a record of
     * a key value not listed, or of none, counts only there). The same figures as the records summed per member,
     * period and key value, with a copy of each under {@code alsoUnder}, given to {@link #activityCountAndSum}; the
     * one pass per period does that itself (no aggregation and exchange before it), so with {@link #countMembers}
     * and no other aggregates only.
     */
    public GroupRates activityRecordsCountAndSum(String countName, String sumName, Column value, String alsoUnder) {
        activityCountAndSum(countName, sumName, value);
        this.recordsAlsoUnder = alsoUnder;
        return this;
    }

    private void countActivityAs(String countName) {
        if (activityCount != null && !activityCount.equals(countName)) {
            throw new IllegalStateException("activity rows are counted once: " + activityCount + ", " + countName);
        }
        activityCount = countName;
    }

    /** numerator / denominator, two aggregates (or derived columns) named before. */
    public GroupRates rate(String name, String numerator, String denominator) {
        return derive(name, col(numerator).divide(col(denominator)));
    }

    /** A column computed from the aggregates of one group row (e.g. a confidence bound). */
    public GroupRates derive(String name, Column column) {
        derived.put(name, column);
        return this;
    }

    /**
     * The table: aggregates, derived columns, `suppressed` when {@code members} &lt; minCellSize, `partial` for the
     * period in progress on {@code asOf} (null: none), sorted by {@code order}, with exactly {@code columns}.
     */
    public Dataset<Row> table(String members, int minCellSize, LocalDate asOf, List<Column> order,
                              List<String> columns) {
        if (aggregates.isEmpty() && memberCount == null) {
            throw new IllegalStateException("group rates need at least one aggregate over the members");
        }
        if (activity == null && (!activityAggregates.isEmpty() || activityCount != null)) {
            throw new IllegalStateException("activity aggregates need activity rows");
        }
        Dataset<Row> table;
        boolean onePass = memberCount != null && aggregates.isEmpty() && activity != null
                && activityAggregates.isEmpty() && (sumName == null) != (medianName == null);
        if (recordsAlsoUnder != null && !onePass) {
            throw new IllegalStateException("activity records are summed in the one pass per period only");
        }
        if (onePass) {
            table = sumName != null
                    ? OnePassPerPeriod.of(this.members, activity, activityKey, activityKeyValues, memberCount,
                            activityCount, OnePassPerPeriod.Figure.SUM, sumName, sumValue, recordsAlsoUnder)
                    : OnePassPerPeriod.of(this.members, activity, activityKey, activityKeyValues, memberCount,
                            activityCount, OnePassPerPeriod.Figure.MEDIAN, medianName, medianValue);
        } else {
            List<Column> all = new ArrayList<>();
            if (memberCount != null) {
                all.add(count(lit(1)).as(memberCount));
            }
            all.addAll(aggregates);
            table = byGroup(DimensionGroups.explodeByDimension(this.members), List.of(), all);
            if (activity != null) {
                table = withActivity(table);
            }
        }
        for (Map.Entry<String, Column> d : derived.entrySet()) {
            table = table.withColumn(d.getKey(), d.getValue());
        }
        table = table.withColumn(Indicators.SUPPRESSED, col(members).lt(minCellSize))
                .withColumn(Indicators.PARTIAL, AsOf.partial(col(Indicators.PERIOD), asOf));
        // Member aggregates alone end in a plain aggregation of a few thousand groups: sorted in its own stage (no
        // gathering shuffle, one Spark job less). The one pass per period and the joins of activity keep theirs, so
        // their work stays spread over the cores.
        Column[] sortKeys = order.toArray(Column[]::new);
        return (activity == null ? PublishedOrder.sortedInLastStage(table, sortKeys)
                : PublishedOrder.sorted(table, sortKeys))
                .select(columns.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    /** Every group × every key value, with the activity figures of those that have any. */
    private Dataset<Row> withActivity(Dataset<Row> groups) {
        String[] memberPeriod = {WorkTables.MEMBER_KEY, Indicators.PERIOD};
        Dataset<Row> active = activity.join(members, memberPeriod);
        String[] groupKey = {Indicators.PERIOD, activityKey, Indicators.DIMENSION, Indicators.GROUP};
        List<Column> plain = new ArrayList<>(activityAggregates);
        if (sumName != null) {
            if (medianName == null) {
                plain.add(count(lit(1)).as(activityCount));
            }
            plain.add(sum(sumValue).cast("double").as(sumName));
        }
        Dataset<Row> activeGroups = plain.isEmpty() ? null
                : byGroup(DimensionGroups.explodeByDimension(active), List.of(activityKey), plain);
        if (medianName != null) {
            Dataset<Row> medians = ExactMedians.byGroup(active, activityKey, medianValue, activityCount, medianName);
            activeGroups = activeGroups == null ? medians : activeGroups.join(medians, groupKey, "full_outer");
        }
        if (activeGroups == null) {
            throw new IllegalStateException("activity rows need at least one activity aggregate");
        }
        Dataset<Row> keyValues = groups.sparkSession().createDataset(activityKeyValues, Encoders.STRING())
                .toDF(activityKey);
        Dataset<Row> table = groups.crossJoin(keyValues).join(activeGroups, groupKey, "left");
        for (Map.Entry<String, Object> none : whenNoActivity.entrySet()) {
            if (none.getValue() != null) {
                table = table.withColumn(none.getKey(), coalesce(col(none.getKey()), lit(none.getValue())));
            }
        }
        return table;
    }

    private static Dataset<Row> byGroup(Dataset<Row> exploded, List<String> extraKeys, List<Column> aggregates) {
        List<Column> keys = new ArrayList<>();
        keys.add(col(Indicators.PERIOD));
        extraKeys.forEach(k -> keys.add(col(k)));
        keys.add(col(Indicators.DIMENSION));
        keys.add(col(Indicators.GROUP));
        return exploded.groupBy(keys.toArray(Column[]::new))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    }
}

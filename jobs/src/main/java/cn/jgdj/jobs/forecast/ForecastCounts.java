package cn.jgdj.jobs.forecast;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The forecast's three sets of counts from one Spark aggregation (one shuffle and one collect instead of three of
 * each): the members at each quarter end by group, role and projection bin ({@link GroupCell}); the county-wide
 * experience, the {@code all} group's cells with how many of them attained ({@link ProjectionCell}); and each
 * group's year-end outcome ({@link YearActual}).
 *
 * <p>Each key counts its rows and its attainers. The year-end rows are unioned in under quarter {@link #YEAR_END},
 * with no role and bin 0. The quarter-end rows are read once: the paced members' plan (a window, joins) runs once.
 * The order Spark hands the keys out in depends on the plan and does not matter: {@link ForecastRows} convolves
 * each group's cells in a fixed order.
 */
public final class ForecastCounts {
    /** The quarter of a year-end row. */
    public static final int YEAR_END = 0;

    private final List<ProjectionCell> cells;
    private final List<GroupCell> groups;
    private final List<YearActual> actuals;

    private ForecastCounts(List<ProjectionCell> cells, List<GroupCell> groups, List<YearActual> actuals) {
        this.cells = cells;
        this.groups = groups;
        this.actuals = actuals;
    }

    /**
     * @param quarterEnds one row per member, quarter end and dimension: year (int), quarter (int, 1-3), dimension,
     *                    group, role, bin (int), attained at the year's end (boolean), in that column order
     * @param yearEnds    one row per member, year and dimension: year (int), dimension, group, attained that
     *                    year's requirement (boolean)
     */
    public static ForecastCounts of(Dataset<Row> quarterEnds, Dataset<Row> yearEnds) {
        String[] c = quarterEnds.columns();
        Column[] keys = Arrays.stream(c, 0, 6).map(k -> col(k)).toArray(Column[]::new);
        String[] y = yearEnds.columns();
        Dataset<Row> rows = quarterEnds.select(Arrays.stream(c, 0, 7).map(k -> col(k)).toArray(Column[]::new))
                .union(yearEnds.select(col(y[0]), lit(YEAR_END), col(y[1]), col(y[2]),
                        lit(null).cast(DataTypes.StringType), lit(0), col(y[3])));
        Column attainedOne = when(col(c[6]), 1L).otherwise(0L);
        Map<CellKey, Long> attained = new HashMap<>();
        Map<GroupKey, long[]> outcomes = new LinkedHashMap<>();
        List<GroupCell> groups = new ArrayList<>();
        for (Row r : rows.groupBy(keys).agg(count(lit(1)), sum(attainedOne)).collectAsList()) {
            int year = r.getInt(0);
            int quarter = r.getInt(1);
            String dimension = r.getString(2);
            String group = r.getString(3);
            String role = r.isNullAt(4) ? DimensionGroups.UNKNOWN : r.getString(4);
            int bin = r.getInt(5);
            long members = r.getLong(6);
            long attainers = r.getLong(7);
            if (quarter == YEAR_END) {
                long[] eligibleAndAttained = outcomes.computeIfAbsent(new GroupKey(year, dimension, group),
                        k -> new long[2]);
                eligibleAndAttained[0] += members;
                eligibleAndAttained[1] += attainers;
                continue;
            }
            groups.add(new GroupCell(year, quarter, dimension, group, role, bin, members));
            if (Dimensions.ALL.equals(dimension)) {
                // A missing role and "unknown" are one cell of the experience.
                attained.merge(new CellKey(year, quarter, role, bin), attainers, Long::sum);
            }
        }
        List<ProjectionCell> cells = new ArrayList<>();
        for (GroupCell g : groups) {
            if (Dimensions.ALL.equals(g.dimension())) {
                cells.add(new ProjectionCell(g.year(), g.quarter(), g.role(), g.bin(), g.members(),
                        attained.getOrDefault(new CellKey(g.year(), g.quarter(), g.role(), g.bin()), 0L)));
            }
        }
        List<YearActual> actuals = new ArrayList<>();
        outcomes.forEach((k, v) -> actuals.add(new YearActual(k.year(), k.dimension(), k.group(), v[0], v[1])));
        return new ForecastCounts(cells, groups, actuals);
    }

    private record CellKey(int year, int quarter, String role, int bin) {
    }

    private record GroupKey(int year, String dimension, String group) {
    }

    /** The county-wide experience: members and attainers by year, quarter end, role and bin. */
    public List<ProjectionCell> cells() {
        return cells;
    }

    /** Members by year, quarter end, dimension group, role and bin, in the order they were counted. */
    public List<GroupCell> groups() {
        return groups;
    }

    /** Eligible members and attainers by year and dimension group. */
    public List<YearActual> actuals() {
        return actuals;
    }
}

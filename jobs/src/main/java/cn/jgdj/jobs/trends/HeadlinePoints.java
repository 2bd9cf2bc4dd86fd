package cn.jgdj.jobs.trends;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The headline series points of {@link HeadlineSources}, the same rows, with one Spark job: the rows each series
 * reads (quarter rows of coverage, participation, platform engagement and volunteer, judged rows of branch
 * compliance, and the units' types) are filtered and projected in Spark and collected as one union; the grouping of
 * participation and compliance by unit group, their sums and rates and the group-size join are done here on the
 * driver. Those tables are a few thousand rows; in Spark the joins, aggregations and broadcasts took five jobs.
 * Sums are of whole numbers and each rate is one double division, as Spark's, so the points are identical.
 */
final class HeadlinePoints {
    private HeadlinePoints() {
    }

    /** The points' columns, {@link HeadlineSources#COLUMNS}. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.INDICATOR, DataTypes.StringType, false),
            DataTypes.createStructField(Indicators.DIMENSION, DataTypes.StringType, true),
            DataTypes.createStructField(Indicators.GROUP, DataTypes.StringType, true),
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, true),
            DataTypes.createStructField(Trends.VALUE, DataTypes.DoubleType, true),
            DataTypes.createStructField(Indicators.SUPPRESSED, DataTypes.BooleanType, true),
            DataTypes.createStructField(HeadlineSources.SOURCE, DataTypes.StringType, false)));

    /** Which table a collected row came from (first column). */
    private static final int COVERAGE = 0;
    private static final int PARTICIPATION = 1;
    private static final int COMPLIANCE = 2;
    private static final int PLATFORM = 3;
    private static final int VOLUNTEER = 4;
    private static final int UNIT = 5;
    /** Columns of the collected rows: kind, period, dimension, group, unit, two counts, a value, a flag. */
    private static final int PERIOD_AT = 1;
    private static final int DIMENSION_AT = 2;
    private static final int GROUP_AT = 3;
    private static final int UNIT_AT = 4;
    private static final int FIRST_AT = 5;
    private static final int SECOND_AT = 6;
    private static final int VALUE_AT = 7;
    private static final int FLAG_AT = 8;

    /** Every point of the five series, in no particular order (rows with {@link #SCHEMA}). */
    static List<Row> collect(Dataset<Row> coverage, Dataset<Row> participation, Dataset<Row> branchCompliance,
                             Dataset<Row> platformEngagement, Dataset<Row> volunteer, Dataset<Row> units) {
        HeadlineSources.require(coverage, HeadlineSources.COVERAGE, List.of(Indicators.PERIOD, Indicators.DIMENSION,
                Indicators.GROUP, Coverage.ATTAINMENT_RATE, Indicators.SUPPRESSED));
        HeadlineSources.require(participation, HeadlineSources.PARTICIPATION, List.of(Indicators.PERIOD,
                Indicators.UNIT_ID, Participation.PRESENT, Participation.EXPECTED));
        HeadlineSources.require(branchCompliance, HeadlineSources.BRANCH_COMPLIANCE, List.of(Indicators.PERIOD,
                Indicators.UNIT_ID, BranchCompliance.COMPLIANT));
        HeadlineSources.require(platformEngagement, HeadlineSources.PLATFORM_ENGAGEMENT, List.of(Indicators.PERIOD,
                PlatformEngagement.PLATFORM, Indicators.DIMENSION, Indicators.GROUP, PlatformEngagement.ACTIVE_RATE,
                Indicators.SUPPRESSED));
        HeadlineSources.require(volunteer, HeadlineSources.VOLUNTEER, List.of(Indicators.PERIOD, Indicators.DIMENSION,
                Indicators.GROUP, Volunteer.THEME, Volunteer.PARTICIPATION_RATE, Indicators.SUPPRESSED));
        HeadlineSources.require(units, HeadlineSources.UNITS, List.of(Units.UNIT_ID, Units.UNIT_TYPE));
        Column quarter = col(Indicators.PERIOD).rlike(HeadlineSources.QUARTER_PATTERN);
        Dataset<Row> rows = groupRows(coverage.where(quarter), COVERAGE, col(Coverage.ATTAINMENT_RATE))
                .union(unitRows(participation.where(quarter), PARTICIPATION, col(Participation.PRESENT),
                        col(Participation.EXPECTED), lit(null)))
                .union(unitRows(branchCompliance.where(col(BranchCompliance.COMPLIANT).isNotNull()), COMPLIANCE,
                        lit(null), lit(null), col(BranchCompliance.COMPLIANT)))
                .union(groupRows(platformEngagement.where(col(PlatformEngagement.PLATFORM)
                        .equalTo(HeadlineSources.PLATFORM).and(quarter)), PLATFORM, col(PlatformEngagement.ACTIVE_RATE)))
                .union(groupRows(volunteer.where(col(Volunteer.THEME).equalTo(Volunteer.ALL_THEMES).and(quarter)),
                        VOLUNTEER, col(Volunteer.PARTICIPATION_RATE)))
                .union(units.select(lit(UNIT), lit(null).cast("string"), lit(null).cast("string"),
                        col(Units.UNIT_TYPE).cast("string"), col(Units.UNIT_ID).cast("string"), lit(null).cast("long"),
                        lit(null).cast("long"), lit(null).cast("double"), lit(null).cast("boolean")));
        return points(rows.collectAsList());
    }

    /** Rows of a table by dimension and group: period, dimension, group, the value and `suppressed`. */
    private static Dataset<Row> groupRows(Dataset<Row> table, int kind, Column value) {
        return table.select(lit(kind), col(Indicators.PERIOD).cast("string"), col(Indicators.DIMENSION).cast("string"),
                col(Indicators.GROUP).cast("string"), lit(null).cast("string"), lit(null).cast("long"),
                lit(null).cast("long"), value.cast("double"), col(Indicators.SUPPRESSED).cast("boolean"));
    }

    /** Rows of a table by organiser unit: period, unit_id, two counts or a flag. */
    private static Dataset<Row> unitRows(Dataset<Row> table, int kind, Column first, Column second, Column flag) {
        return table.select(lit(kind), col(Indicators.PERIOD).cast("string"), lit(null).cast("string"),
                lit(null).cast("string"), col(Indicators.UNIT_ID).cast("string"), first.cast("long"),
                second.cast("long"), lit(null).cast("double"), flag.cast("boolean"));
    }

    /** The points from the collected rows (kind, period, dimension, group, unit, two counts, value, flag). */
    static List<Row> points(List<Row> rows) {
        Map<String, List<String>> typesOfUnit = new HashMap<>();
        Map<List<String>, List<Boolean>> groupSuppressed = new HashMap<>();
        for (Row r : rows) {
            if (r.getInt(0) == UNIT) {
                typesOfUnit.computeIfAbsent(r.getString(UNIT_AT), u -> new ArrayList<>()).add(r.getString(GROUP_AT));
            } else if (r.getInt(0) == COVERAGE) {
                groupSuppressed.computeIfAbsent(Arrays.asList(r.getString(PERIOD_AT), r.getString(DIMENSION_AT),
                        r.getString(GROUP_AT)), k -> new ArrayList<>()).add(flag(r));
            }
        }
        List<Row> out = new ArrayList<>();
        Map<List<String>, Sums> participation = new LinkedHashMap<>();
        Map<List<String>, Sums> compliance = new LinkedHashMap<>();
        for (Row r : rows) {
            switch (r.getInt(0)) {
                case COVERAGE -> add(out, Trends.ATTAINMENT_RATE, r, HeadlineSources.COVERAGE);
                case PLATFORM -> add(out, Trends.PLATFORM_ACTIVE_RATE, r, HeadlineSources.PLATFORM_ENGAGEMENT);
                case VOLUNTEER -> add(out, Trends.VOLUNTEER_PARTICIPATION_RATE, r, HeadlineSources.VOLUNTEER);
                case PARTICIPATION -> {
                    for (List<String> g : unitGroups(r, typesOfUnit)) {
                        participation.computeIfAbsent(g, k -> new Sums())
                                .add(count(r, FIRST_AT), count(r, SECOND_AT));
                    }
                }
                case COMPLIANCE -> {
                    for (List<String> g : unitGroups(r, typesOfUnit)) {
                        compliance.computeIfAbsent(g, k -> new Sums()).add(flag(r) ? 1L : 0L, 1L);
                    }
                }
                default -> {
                }
            }
        }
        for (Map.Entry<List<String>, Sums> p : participation.entrySet()) {
            Long present = p.getValue().first;
            Long expected = p.getValue().second;
            Double rate = expected != null && expected > 0 && present != null
                    ? (double) present / (double) expected : null;
            addSized(out, Trends.PARTICIPATION_RATE, p.getKey(), rate, groupSuppressed,
                    HeadlineSources.PARTICIPATION);
        }
        for (Map.Entry<List<String>, Sums> c : compliance.entrySet()) {
            double share = (double) c.getValue().first / (double) c.getValue().second;
            addSized(out, Trends.COMPLIANCE_RATE, c.getKey(), share, groupSuppressed,
                    HeadlineSources.BRANCH_COMPLIANCE);
        }
        return out;
    }

    /**
     * (period, dimension, group) of each unit group a row by organiser unit belongs to: `all`, its unit's type for
     * each units row of that unit with a type (none when the unit is unknown there), and its unit (none when null).
     */
    private static List<List<String>> unitGroups(Row r, Map<String, List<String>> typesOfUnit) {
        String period = r.getString(PERIOD_AT);
        String unit = r.getString(UNIT_AT);
        List<String> types = unit == null ? null : typesOfUnit.get(unit);
        List<List<String>> groups = new ArrayList<>();
        // A left join: a unit missing from the units table keeps its row, once, with no type.
        for (String type : types == null ? Arrays.asList((String) null) : types) {
            groups.add(Arrays.asList(period, Dimensions.ALL, Dimensions.ALL));
            if (type != null) {
                groups.add(Arrays.asList(period, Dimensions.UNIT_TYPE, type));
            }
            if (unit != null) {
                groups.add(Arrays.asList(period, Dimensions.UNIT, unit));
            }
        }
        return groups;
    }

    /** A point of a member-based series, with its own table's suppression; none without a value. */
    private static void add(List<Row> out, String indicator, Row r, String source) {
        if (!r.isNullAt(VALUE_AT)) {
            out.add(point(indicator, r.getString(DIMENSION_AT), r.getString(GROUP_AT), r.getString(PERIOD_AT),
                    r.getDouble(VALUE_AT), r.isNullAt(FLAG_AT) ? null : r.getBoolean(FLAG_AT), source));
        }
    }

    /**
     * A point of a series counted over events or branches: suppressed when coverage's row of the same period and
     * group is (or unknown: no such row, or its flag empty); once per such coverage row, as a left join gives.
     */
    private static void addSized(List<Row> out, String indicator, List<String> group, Double value,
                                 Map<List<String>, List<Boolean>> groupSuppressed, String source) {
        if (value == null) {
            return;
        }
        for (Boolean suppressed : groupSuppressed.getOrDefault(group, Arrays.asList((Boolean) null))) {
            out.add(point(indicator, group.get(1), group.get(2), group.get(0), value,
                    suppressed == null || suppressed, source));
        }
    }

    private static Row point(String indicator, String dimension, String group, String period, double value,
                             Boolean suppressed, String source) {
        return new GenericRowWithSchema(new Object[] {indicator, dimension, group, period, value, suppressed, source},
                SCHEMA);
    }

    private static Long count(Row r, int at) {
        return r.isNullAt(at) ? null : r.getLong(at);
    }

    private static Boolean flag(Row r) {
        return r.isNullAt(FLAG_AT) ? null : r.getBoolean(FLAG_AT);
    }

    /** Two sums of whole numbers, each null until a non-null value is added (as Spark's sum). */
    private static final class Sums {
        private Long first;
        private Long second;

        void add(Long a, Long b) {
            if (a != null) {
                first = first == null ? a : first + a;
            }
            if (b != null) {
                second = second == null ? b : second + b;
            }
        }
    }
}

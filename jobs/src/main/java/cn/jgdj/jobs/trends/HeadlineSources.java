package cn.jgdj.jobs.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import cn.jgdj.schemas.indicators.Indicators.Coverage;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The quarterly points of each headline series, read off the indicator tables that measure them, each a plain
 * rate of one quarter (DOMAIN.md, second edition): year-to-date attainment at the quarter end, participation in the
 * quarter, branch compliance in the quarter, the share of eligible members active on the platform on at least one
 * day of the quarter, volunteer participation in the quarter. Every method returns the columns {@link #COLUMNS}:
 * indicator, dimension, group, period (a quarter, 2025Q2), value, suppressed, and the source table's name for error
 * messages. Points without a value (nobody expected, no branch, a quarter not yet judged) are left out.
 * <p>Member-based series carry their table's suppression. Participation and compliance are counted over events
 * and branches, so their points of a group (all, a unit type, a unit) are suppressed when that group's eligible
 * members at the quarter end (coverage's year-to-date row) are under the minimum cell size, or unknown.
 */
public final class HeadlineSources {
    /** Column holding the logical name of the table a point came from. */
    public static final String SOURCE = "_source";
    public static final List<String> COLUMNS = List.of(Indicators.INDICATOR, Indicators.DIMENSION,
            Indicators.GROUP, Indicators.PERIOD, Trends.VALUE, Indicators.SUPPRESSED, SOURCE);

    /**
     * The platform whose activity the platform_active_rate headline follows: 学习强国, the platform every member
     * is asked to use (engagement is tabled per platform, and a member active on both must not count twice).
     */
    public static final String PLATFORM = "xuexi";

    static final String COVERAGE = Catalog.indicator(Coverage.NAME);
    static final String PARTICIPATION = Catalog.indicator(Participation.NAME);
    static final String BRANCH_COMPLIANCE = Catalog.indicator(BranchCompliance.NAME);
    static final String PLATFORM_ENGAGEMENT = Catalog.indicator(PlatformEngagement.NAME);
    static final String VOLUNTEER = Catalog.indicator(Volunteer.NAME);
    static final String UNITS = Catalog.warehouse(Units.NAME);

    static final String QUARTER_PATTERN = "^" + Period.QUARTER_REGEX + "$";
    private static final String G = "_g";
    private static final String GROUP_SUPPRESSED = "_group_suppressed";

    private HeadlineSources() {
    }

    /**
     * Year-to-date attainment at each quarter end (coverage's 2025Q2 = 1 January to 30 June against the full-year
     * requirement): it climbs through every year, which the seasonal trend statistics allow for.
     */
    public static Dataset<Row> attainment(Dataset<Row> coverage) {
        require(coverage, COVERAGE, List.of(Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP,
                Coverage.ATTAINMENT_RATE, Indicators.SUPPRESSED));
        return points(coverage.where(col(Indicators.PERIOD).rlike(QUARTER_PATTERN)), Trends.ATTAINMENT_RATE,
                col(Indicators.DIMENSION), col(Indicators.GROUP), col(Indicators.PERIOD),
                col(Coverage.ATTAINMENT_RATE), col(Indicators.SUPPRESSED), COVERAGE);
    }

    /**
     * Present / expected over every event type in the quarter, overall, per organiser unit (dimension unit) and per
     * organiser unit_type; suppressed by the group's size (see the class comment).
     */
    public static Dataset<Row> participation(Dataset<Row> participation, Dataset<Row> units, Dataset<Row> coverage) {
        require(participation, PARTICIPATION, List.of(Indicators.PERIOD, Indicators.UNIT_ID,
                Participation.PRESENT, Participation.EXPECTED));
        Dataset<Row> quarterly = byUnitGroups(participation.where(col(Indicators.PERIOD).rlike(QUARTER_PATTERN)),
                units)
                .groupBy(col(Indicators.PERIOD), col(G + "." + Indicators.DIMENSION).as(Indicators.DIMENSION),
                        col(G + "." + Indicators.GROUP).as(Indicators.GROUP))
                .agg(sum(col(Participation.PRESENT)).as(Participation.PRESENT),
                        sum(col(Participation.EXPECTED)).as(Participation.EXPECTED));
        Column expected = col(Participation.EXPECTED);
        Column rate = when(expected.gt(0), col(Participation.PRESENT).cast("double").divide(expected.cast("double")));
        return points(withGroupSize(quarterly, coverage), Trends.PARTICIPATION_RATE, col(Indicators.DIMENSION),
                col(Indicators.GROUP), col(Indicators.PERIOD), rate, col(GROUP_SUPPRESSED), PARTICIPATION);
    }

    /**
     * Share of branches compliant with 三会一课 in the quarter, overall, per unit_type and per unit; a quarter not
     * yet over (compliant empty) has no point. Suppressed by the group's size (see the class comment).
     */
    public static Dataset<Row> compliance(Dataset<Row> branchCompliance, Dataset<Row> units, Dataset<Row> coverage) {
        require(branchCompliance, BRANCH_COMPLIANCE, List.of(Indicators.PERIOD, Indicators.UNIT_ID,
                BranchCompliance.COMPLIANT));
        Dataset<Row> quarterly = byUnitGroups(branchCompliance.where(col(BranchCompliance.COMPLIANT).isNotNull()),
                units)
                .groupBy(col(Indicators.PERIOD), col(G + "." + Indicators.DIMENSION).as(Indicators.DIMENSION),
                        col(G + "." + Indicators.GROUP).as(Indicators.GROUP))
                .agg(sum(when(col(BranchCompliance.COMPLIANT), 1L).otherwise(0L)).as(BranchCompliance.COMPLIANT),
                        count(lit(1)).as("_branches"));
        Column share = col(BranchCompliance.COMPLIANT).cast("double").divide(col("_branches").cast("double"));
        return points(withGroupSize(quarterly, coverage), Trends.COMPLIANCE_RATE, col(Indicators.DIMENSION),
                col(Indicators.GROUP), col(Indicators.PERIOD), share, col(GROUP_SUPPRESSED), BRANCH_COMPLIANCE);
    }

    /**
     * The share of eligible members active on {@link #PLATFORM} on at least one day of the quarter
     * (platform_engagement's quarter rows), per dimension and group, with the table's suppression.
     */
    public static Dataset<Row> platformActivity(Dataset<Row> platformEngagement) {
        require(platformEngagement, PLATFORM_ENGAGEMENT, List.of(Indicators.PERIOD, PlatformEngagement.PLATFORM,
                Indicators.DIMENSION, Indicators.GROUP, PlatformEngagement.ACTIVE_RATE, Indicators.SUPPRESSED));
        Dataset<Row> quarterly = platformEngagement.where(col(PlatformEngagement.PLATFORM).equalTo(PLATFORM)
                .and(col(Indicators.PERIOD).rlike(QUARTER_PATTERN)));
        return points(quarterly, Trends.PLATFORM_ACTIVE_RATE, col(Indicators.DIMENSION), col(Indicators.GROUP),
                col(Indicators.PERIOD), col(PlatformEngagement.ACTIVE_RATE), col(Indicators.SUPPRESSED),
                PLATFORM_ENGAGEMENT);
    }

    /**
     * Adds {@link #GROUP_SUPPRESSED}: whether the group (dimension, group) had fewer eligible members than the
     * minimum cell size at the quarter end, by coverage's year-to-date row; true when coverage has no such group.
     */
    private static Dataset<Row> withGroupSize(Dataset<Row> quarterly, Dataset<Row> coverage) {
        require(coverage, COVERAGE, List.of(Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP,
                Indicators.SUPPRESSED));
        Dataset<Row> sizes = coverage.where(col(Indicators.PERIOD).rlike(QUARTER_PATTERN))
                .select(col(Indicators.PERIOD), col(Indicators.DIMENSION), col(Indicators.GROUP),
                        col(Indicators.SUPPRESSED).as(GROUP_SUPPRESSED));
        return quarterly.join(sizes, new String[] {Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP}, "left")
                .withColumn(GROUP_SUPPRESSED, coalesce(col(GROUP_SUPPRESSED), lit(true)));
    }

    /** Share of members with at least one volunteer log in the quarter, all themes together. */
    public static Dataset<Row> volunteerParticipation(Dataset<Row> volunteer) {
        require(volunteer, VOLUNTEER, List.of(Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP,
                Volunteer.THEME, Volunteer.PARTICIPATION_RATE, Indicators.SUPPRESSED));
        Dataset<Row> quarterly = volunteer.where(col(Volunteer.THEME).equalTo(Volunteer.ALL_THEMES)
                .and(col(Indicators.PERIOD).rlike(QUARTER_PATTERN)));
        return points(quarterly, Trends.VOLUNTEER_PARTICIPATION_RATE, col(Indicators.DIMENSION),
                col(Indicators.GROUP), col(Indicators.PERIOD), col(Volunteer.PARTICIPATION_RATE),
                col(Indicators.SUPPRESSED), VOLUNTEER);
    }

    /**
     * Each row once per unit group it belongs to, as struct column {@link #G} (dimension, group): `all`, its
     * unit_type (from the units table; left out when the unit is unknown there) and its unit.
     */
    private static Dataset<Row> byUnitGroups(Dataset<Row> rows, Dataset<Row> units) {
        require(units, UNITS, List.of(Units.UNIT_ID, Units.UNIT_TYPE));
        Dataset<Row> unitTypes = units.select(col(Units.UNIT_ID).as(Indicators.UNIT_ID),
                col(Units.UNIT_TYPE).as("_unit_type"));
        return rows.join(unitTypes, new String[] {Indicators.UNIT_ID}, "left")
                .withColumn(G, explode(array(
                        struct(lit(Dimensions.ALL).as(Indicators.DIMENSION), lit(Dimensions.ALL).as(Indicators.GROUP)),
                        struct(lit(Dimensions.UNIT_TYPE).as(Indicators.DIMENSION), col("_unit_type").as(Indicators.GROUP)),
                        struct(lit(Dimensions.UNIT).as(Indicators.DIMENSION),
                                col(Indicators.UNIT_ID).as(Indicators.GROUP)))))
                .where(col(G + "." + Indicators.GROUP).isNotNull());
    }

    private static Dataset<Row> points(Dataset<Row> rows, String indicator, Column dimension, Column group,
                                       Column period, Column value, Column suppressed, String source) {
        return rows.select(lit(indicator).as(Indicators.INDICATOR), dimension.cast("string").as(Indicators.DIMENSION),
                        group.cast("string").as(Indicators.GROUP), period.cast("string").as(Indicators.PERIOD),
                        value.cast("double").as(Trends.VALUE), suppressed.as(Indicators.SUPPRESSED),
                        lit(source).as(SOURCE))
                .where(col(Trends.VALUE).isNotNull());
    }

    static void require(Dataset<Row> rows, String name, List<String> columns) {
        List<String> present = Arrays.asList(rows.columns());
        for (String c : columns) {
            if (!present.contains(c)) {
                throw new IllegalArgumentException(name + " has no column '" + c + "' (columns: " + present + ")");
            }
        }
    }
}

package cn.jgdj.jobs.trends;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import cn.jgdj.schemas.indicators.Indicators.Participation;
import cn.jgdj.schemas.indicators.Indicators.PlatformEngagement;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import cn.jgdj.schemas.work.WorkTables.RollingAttainment;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The quarterly points of each headline series, read off the indicator tables that measure them. Every method
 * returns the columns {@link #COLUMNS}: indicator, dimension, group, period (a quarter, 2025Q2), value,
 * suppressed, and the source table's name for error messages. Points without a value (nobody expected, no
 * branch) are left out.
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

    static final String ROLLING_ATTAINMENT = Catalog.work(RollingAttainment.NAME);
    static final String PARTICIPATION = Catalog.indicator(Participation.NAME);
    static final String BRANCH_COMPLIANCE = Catalog.indicator(BranchCompliance.NAME);
    static final String PLATFORM_ENGAGEMENT = Catalog.indicator(PlatformEngagement.NAME);
    static final String VOLUNTEER = Catalog.indicator(Volunteer.NAME);
    static final String UNITS = Catalog.warehouse(Units.NAME);

    private static final String QUARTER_PATTERN = "^[0-9]{4}Q[1-4]$";
    private static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    private static final String G = "_g";

    private HeadlineSources() {
    }

    /** Attainment over the rolling four quarters ending at each quarter: smooth, unlike year-to-date attainment. */
    public static Dataset<Row> attainment(Dataset<Row> rollingAttainment) {
        require(rollingAttainment, ROLLING_ATTAINMENT, RollingAttainment.COLUMNS);
        return points(rollingAttainment, Trends.ATTAINMENT_RATE, col(Indicators.DIMENSION), col(Indicators.GROUP),
                col(Indicators.PERIOD), col(RollingAttainment.ATTAINMENT_RATE), col(Indicators.SUPPRESSED),
                ROLLING_ATTAINMENT);
    }

    /**
     * Present / expected over every event type, overall, per organiser unit (dimension unit) and per organiser
     * unit_type. Attendance is counted against events, not member groups, so no point is suppressed.
     */
    public static Dataset<Row> participation(Dataset<Row> participation, Dataset<Row> units) {
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
        return points(quarterly, Trends.PARTICIPATION_RATE, col(Indicators.DIMENSION), col(Indicators.GROUP),
                col(Indicators.PERIOD), rate, lit(false), PARTICIPATION);
    }

    /** Share of branches compliant with 三会一课 in the quarter, overall, per unit_type and per unit. */
    public static Dataset<Row> compliance(Dataset<Row> branchCompliance, Dataset<Row> units) {
        require(branchCompliance, BRANCH_COMPLIANCE, List.of(Indicators.PERIOD, Indicators.UNIT_ID,
                BranchCompliance.COMPLIANT));
        Dataset<Row> quarterly = byUnitGroups(branchCompliance, units)
                .groupBy(col(Indicators.PERIOD), col(G + "." + Indicators.DIMENSION).as(Indicators.DIMENSION),
                        col(G + "." + Indicators.GROUP).as(Indicators.GROUP))
                .agg(sum(when(col(BranchCompliance.COMPLIANT), 1L).otherwise(0L)).as(BranchCompliance.COMPLIANT),
                        count(lit(1)).as("_branches"));
        Column share = col(BranchCompliance.COMPLIANT).cast("double").divide(col("_branches").cast("double"));
        return points(quarterly, Trends.COMPLIANCE_RATE, col(Indicators.DIMENSION), col(Indicators.GROUP),
                col(Indicators.PERIOD), share, lit(false), BRANCH_COMPLIANCE);
    }

    /**
     * Mean of the quarter's monthly active rates on {@link #PLATFORM}, per dimension and group (the months
     * present; the quarter in progress has fewer). Suppressed when any of its months is.
     */
    public static Dataset<Row> platformActivity(Dataset<Row> platformEngagement) {
        require(platformEngagement, PLATFORM_ENGAGEMENT, List.of(Indicators.PERIOD, PlatformEngagement.PLATFORM,
                Indicators.DIMENSION, Indicators.GROUP, PlatformEngagement.ACTIVE_RATE, Indicators.SUPPRESSED));
        Column month = col(Indicators.PERIOD);
        // A label that is not a month passes through unchanged, so that reading it as a quarter fails by name.
        Column quarter = when(month.rlike(MONTH_PATTERN), concat(substring(month, 1, 4), lit("Q"),
                substring(month, 6, 2).cast("int").minus(1).divide(3).cast("int").plus(1).cast("string")))
                .otherwise(month);
        Dataset<Row> quarterly = platformEngagement
                .where(col(PlatformEngagement.PLATFORM).equalTo(PLATFORM))
                .groupBy(col(Indicators.DIMENSION), col(Indicators.GROUP), quarter.as(Indicators.PERIOD))
                .agg(avg(col(PlatformEngagement.ACTIVE_RATE)).as(Trends.VALUE),
                        max(col(Indicators.SUPPRESSED).cast("int")).as(Indicators.SUPPRESSED));
        return points(quarterly, Trends.PLATFORM_ACTIVE_RATE, col(Indicators.DIMENSION), col(Indicators.GROUP),
                col(Indicators.PERIOD), col(Trends.VALUE), col(Indicators.SUPPRESSED).cast("boolean"),
                PLATFORM_ENGAGEMENT);
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

    private static void require(Dataset<Row> rows, String name, List<String> columns) {
        List<String> present = Arrays.asList(rows.columns());
        for (String c : columns) {
            if (!present.contains(c)) {
                throw new IllegalArgumentException(name + " has no column '" + c + "' (columns: " + present + ")");
            }
        }
    }
}

package cn.jgdj.jobs.trends;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The trends indicator: the quarterly series of each headline indicator per dimension and group, the change on
 * the same quarter a year earlier, the least-squares slope per quarter with its 95% interval and the Mann–Kendall
 * test. Series points are gathered in Spark from the indicator tables; the few thousand points are analysed on
 * the driver.
 * <p>Suppression comes from the source tables (each applied the minimum cell size), so the job needs no
 * parameter. The attainment series is a rolling four-quarter rate: neighbouring quarters share three quarters
 * of data, so its slope interval and Mann–Kendall p-value are optimistic and read as descriptive.
 */
public final class TrendsJob {
    public static final List<String> INPUTS = List.of(HeadlineSources.ROLLING_ATTAINMENT,
            HeadlineSources.PARTICIPATION, HeadlineSources.BRANCH_COMPLIANCE, HeadlineSources.PLATFORM_ENGAGEMENT,
            HeadlineSources.VOLUNTEER, HeadlineSources.UNITS);
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(Trends.NAME));

    private TrendsJob() {
    }

    /** Rows in Indicators.Trends.COLUMNS order. */
    public static Dataset<Row> trends(Dataset<Row> rollingAttainment, Dataset<Row> participation,
                                      Dataset<Row> branchCompliance, Dataset<Row> platformEngagement,
                                      Dataset<Row> volunteer, Dataset<Row> units) {
        Dataset<Row> points = HeadlineSources.attainment(rollingAttainment)
                .unionByName(HeadlineSources.participation(participation, units))
                .unionByName(HeadlineSources.compliance(branchCompliance, units))
                .unionByName(HeadlineSources.platformActivity(platformEngagement))
                .unionByName(HeadlineSources.volunteerParticipation(volunteer));
        List<SeriesPoint> collected = new ArrayList<>();
        for (Row r : points.collectAsList()) {
            collected.add(point(r));
        }
        List<Row> rows = TrendRows.of(collected).stream().map(TrendRow::toRow).toList();
        return rollingAttainment.sparkSession().createDataFrame(rows, TrendRow.SCHEMA);
    }

    /** Reads {@link #INPUTS}, writes {@link #OUTPUTS}; params are not needed (see the class comment). */
    public static void run(JobIO io, JobParams params) {
        io.write(OUTPUTS.get(0), trends(io.read(INPUTS.get(0)), io.read(INPUTS.get(1)), io.read(INPUTS.get(2)),
                io.read(INPUTS.get(3)), io.read(INPUTS.get(4)), io.read(INPUTS.get(5))));
    }

    private static SeriesPoint point(Row r) {
        String source = r.getAs(HeadlineSources.SOURCE);
        String dimension = r.getAs(Indicators.DIMENSION);
        String group = r.getAs(Indicators.GROUP);
        String period = r.getAs(Indicators.PERIOD);
        String where = source + " (period " + period + ", dimension " + dimension + ", group " + group + ")";
        if (dimension == null || group == null) {
            throw new IllegalArgumentException(where + ": dimension and group must not be null");
        }
        Boolean suppressed = r.getAs(Indicators.SUPPRESSED);
        if (suppressed == null) {
            throw new IllegalArgumentException(where + ": column 'suppressed' is null");
        }
        double value = r.<Double>getAs(Trends.VALUE);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(where + ": value " + value + " is not a finite number");
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(period);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": period '" + period + "' is not a quarter (or month) label");
        }
        return new SeriesPoint(r.getAs(Indicators.INDICATOR), dimension, group, quarter, value, suppressed);
    }
}

package cn.jgdj.jobs.trends;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The trends indicator: the quarterly series of each headline indicator per dimension and group (complete quarters
 * only: those ended by the run's as-of day), the change on the same quarter a year earlier, the seasonal Sen slope
 * per year with its 95% interval and the seasonal Kendall test (quarters as seasons). The rows the series read are
 * filtered in Spark and collected in one job; the few thousand points are made ({@link HeadlinePoints}, the same
 * points as {@link HeadlineSources}' Spark plans) and analysed on the driver.
 * <p>Suppression comes from the source tables (each applied the minimum cell size), so the job needs only the
 * as-of day.
 */
public final class TrendsJob {
    public static final List<String> INPUTS = List.of(HeadlineSources.COVERAGE,
            HeadlineSources.PARTICIPATION, HeadlineSources.BRANCH_COMPLIANCE, HeadlineSources.PLATFORM_ENGAGEMENT,
            HeadlineSources.VOLUNTEER, HeadlineSources.UNITS);
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(Trends.NAME));
    public static final JobSpec SPEC = new JobSpec("trends", INPUTS, OUTPUTS, TrendsJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private TrendsJob() {
    }

    /**
     * Rows in Indicators.Trends.COLUMNS order.
     *
     * @param asOf quarters ending after it are left out (null keeps every quarter)
     */
    public static Dataset<Row> trends(Dataset<Row> coverage, Dataset<Row> participation,
                                      Dataset<Row> branchCompliance, Dataset<Row> platformEngagement,
                                      Dataset<Row> volunteer, Dataset<Row> units, LocalDate asOf) {
        List<Row> points = HeadlinePoints.collect(coverage, participation, branchCompliance, platformEngagement,
                volunteer, units);
        List<SeriesPoint> collected = new ArrayList<>();
        for (Row r : points) {
            SeriesPoint p = point(r);
            if (asOf == null || !p.quarter().lastDay().isAfter(asOf)) {
                collected.add(p);
            }
        }
        List<Row> rows = TrendRows.of(collected).stream().map(TrendQuarter::toRow).toList();
        return coverage.sparkSession().createDataFrame(rows, TrendQuarter.SCHEMA);
    }

    /** Reads {@link #INPUTS}, writes {@link #OUTPUTS}, as of the run's as-of day. */
    public static void run(JobIO io, JobParams params) {
        io.write(OUTPUTS.get(0), trends(io.read(INPUTS.get(0)), io.read(INPUTS.get(1)), io.read(INPUTS.get(2)),
                io.read(INPUTS.get(3)), io.read(INPUTS.get(4)), io.read(INPUTS.get(5)), params.asOf()));
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
        Period quarter = Optional.ofNullable(period).filter(s -> s.matches(Period.QUARTER_REGEX)).map(Period::parse)
                .orElseThrow(() ->
                new IllegalArgumentException(where + ": period '" + period + "' is not a quarter (or month) label"));
        return new SeriesPoint(r.getAs(Indicators.INDICATOR), dimension, group, quarter, value, suppressed);
    }
}

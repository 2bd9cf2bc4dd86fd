package cn.jgdj.jobs.forecast;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.PeriodColumns;
import cn.jgdj.jobs.followup.YearPace;
import cn.jgdj.jobs.io.FooterDates;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.jobs.membership.EligibleDays;
import cn.jgdj.jobs.membership.PeriodWindow;
import cn.jgdj.jobs.membership.PeriodWindows;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Forecast;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import cn.jgdj.schemas.work.WorkTables;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * indicators/forecast from work/member_periods: members at each quarter end (Q1-Q3) with their pace
 * ({@link YearPace}, the follow-up list's projection), binned ({@link ProjectionBin}), and their year-end outcome;
 * the forecast and its backtest are computed from those counts by {@link ForecastRows}.
 */
public final class ForecastJob {
    private ForecastJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.work(MemberPeriods.NAME),
            Catalog.warehouse(Members.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(Forecast.NAME));
    public static final JobSpec SPEC = new JobSpec("forecast", INPUTS, OUTPUTS, ForecastJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final String YEAR = "_year";
    private static final String QUARTER = "_quarter";
    private static final String BIN = "_bin";
    private static final String ATTAINED = "_attained";

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
            DataTypes.createStructField(Forecast.AS_OF, DataTypes.StringType, false),
            DataTypes.createStructField(Indicators.DIMENSION, DataTypes.StringType, false),
            DataTypes.createStructField(Indicators.GROUP, DataTypes.StringType, false),
            DataTypes.createStructField(Forecast.ELIGIBLE, DataTypes.LongType, false),
            DataTypes.createStructField(Forecast.BEHIND_PACE, DataTypes.LongType, false),
            DataTypes.createStructField(Forecast.ON_TRACK_RATE, DataTypes.DoubleType, false),
            DataTypes.createStructField(Forecast.PROJECTED_RATE, DataTypes.DoubleType, true),
            DataTypes.createStructField(Forecast.PI_LOW, DataTypes.DoubleType, true),
            DataTypes.createStructField(Forecast.PI_HIGH, DataTypes.DoubleType, true),
            DataTypes.createStructField(Forecast.EARLIER_YEARS, DataTypes.IntegerType, false),
            DataTypes.createStructField(Forecast.ACTUAL_RATE, DataTypes.DoubleType, true),
            DataTypes.createStructField(Forecast.ERROR, DataTypes.DoubleType, true),
            DataTypes.createStructField(Forecast.COVERED, DataTypes.BooleanType, true),
            DataTypes.createStructField(Forecast.BACKTEST_YEARS, DataTypes.IntegerType, false),
            DataTypes.createStructField(Forecast.BACKTEST_COVERAGE, DataTypes.DoubleType, true),
            DataTypes.createStructField(Forecast.BACKTEST_MEAN_ABS_ERROR, DataTypes.DoubleType, true),
            DataTypes.createStructField(Forecast.STATUS, DataTypes.StringType, false),
            DataTypes.createStructField(Indicators.SUPPRESSED, DataTypes.BooleanType, false)));

    public static void run(JobIO io, JobParams params) {
        io.write(Catalog.indicator(Forecast.NAME), forecast(io.spark(), io.read(Catalog.work(MemberPeriods.NAME)),
                io.read(Catalog.warehouse(Members.NAME)), Rules.forParams(params), params.asOf(),
                params.minCellSize()));
    }

    /** Forecast rows with exactly Forecast.COLUMNS; a year is complete when its last day is on or before asOf. */
    public static Dataset<Row> forecast(SparkSession spark, Dataset<Row> memberPeriods, Dataset<Row> members,
                                        Rules rules, LocalDate asOf, int minCellSize) {
        Column period = col(MemberPeriods.PERIOD);
        Dataset<Row> quarterEnds = memberPeriods.filter(period.rlike("^[0-9]{4}Q[1-3]$"))
                .withColumn(PeriodWindows.RULES_YEAR, year(col(MemberPeriods.WINDOW_END)));
        List<PeriodWindow> windows = quarterEndWindows(memberPeriods, quarterEnds);
        if (windows.isEmpty()) {
            return spark.createDataFrame(List.of(), SCHEMA);
        }
        Dataset<Row> windowTable = PeriodWindows.toDataFrame(spark, windows, rules);
        Dataset<Row> yearEnd = memberPeriods.filter(PeriodWindows.isYear(period))
                .select(col(WorkTables.MEMBER_KEY), period.cast("int").as(YEAR),
                        col(MemberPeriods.HOURS).geq(col(MemberPeriods.REQUIREMENT)).as(ATTAINED));
        Dataset<Row> paced = YearPace.withPace(quarterEnds, EligibleDays.of(members, windowTable, rules), rules)
                .withColumn(BIN, ProjectionBin.of())
                .withColumn(YEAR, PeriodColumns.yearOfLabel(period))
                .withColumn(QUARTER, PeriodColumns.quarterOfLabel(period))
                .join(yearEnd, new String[]{WorkTables.MEMBER_KEY, YEAR}, "left")
                .withColumn(ATTAINED, coalesce(col(ATTAINED), lit(false)));
        ForecastCounts counts = ForecastCounts.of(
                DimensionGroups.explodeByDimension(paced).select(groupColumns()),
                DimensionGroups.explodeByDimension(memberPeriods.filter(PeriodWindows.isYear(period)))
                        .select(period.cast("int").as(YEAR), col(Indicators.DIMENSION), col(Indicators.GROUP),
                                col(MemberPeriods.HOURS).geq(col(MemberPeriods.REQUIREMENT)).as(ATTAINED)));
        Set<Integer> complete = new TreeSet<>();
        for (YearActual a : counts.actuals()) {
            if (asOf == null || !LocalDate.of(a.year(), 12, 31).isAfter(asOf)) {
                complete.add(a.year());
            }
        }
        List<Row> rows = ForecastRows.build(counts.cells(), counts.groups(), counts.actuals(), complete,
                minCellSize).stream().map(GroupForecast::toRow).toList();
        return spark.createDataFrame(rows, SCHEMA).coalesce(1);
    }

    /** The paced members' key columns for {@link ForecastCounts#of}, after {@code explodeByDimension}. */
    private static Column[] groupColumns() {
        return new Column[]{col(YEAR), col(QUARTER), col(Indicators.DIMENSION), col(Indicators.GROUP),
                col(Dimensions.ROLE), col(BIN), col(ATTAINED)};
    }

    /**
     * The year-to-date windows of the Q1–Q3 periods. From the Parquet footers when they tell the first and last
     * window start (no Spark job): Q1–Q3 of every year between, since member_periods has the windows of every year
     * its data touches; a window of a quarter without member rows then joins no one. Else from the distinct periods
     * (a table made on the driver).
     */
    static List<PeriodWindow> quarterEndWindows(Dataset<Row> memberPeriods, Dataset<Row> quarterEnds) {
        List<PeriodWindow> windows = new ArrayList<>();
        Optional<FooterDates.Range> starts = FooterDates.of(memberPeriods, MemberPeriods.WINDOW_START);
        if (starts.isPresent()) {
            for (int y = starts.get().first().getYear(); y <= starts.get().last().getYear(); y++) {
                for (int q = 1; q <= 3; q++) {
                    windows.add(PeriodWindow.yearToDate(y, q));
                }
            }
            return windows;
        }
        for (Row r : quarterEnds.select(col(MemberPeriods.PERIOD)).distinct().collectAsList()) {
            Period quarter = Period.parse(r.getString(0));
            windows.add(PeriodWindow.yearToDate(quarter.year(), quarter.index()));
        }
        return windows;
    }
}

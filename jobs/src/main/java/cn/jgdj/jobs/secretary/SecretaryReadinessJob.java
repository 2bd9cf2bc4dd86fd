package cn.jgdj.jobs.secretary;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.PartitionYears;
import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.SecretaryReadiness;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * indicators/secretary_readiness per year × (county, unit type, unit). A secretary of a year has a member row with
 * role `secretary` valid on a day of it (group: the last such row). Trained this year: a `present` or `makeup` row at a
 * rotation_training or training_class starting in the year. Newly appointed: the member's earliest secretary row
 * starts in the year; trained in the window: such training on or after appointment and within the window (rules
 * file, default 6 months); overdue: the window has ended by the as-of day without it. Rates: trained / secretaries,
 * trained in window / newly appointed, overdue / newly appointed.
 */
public final class SecretaryReadinessJob {
    private SecretaryReadinessJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Attendance.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(SecretaryReadiness.NAME));
    public static final JobSpec SPEC = new JobSpec("secretary_readiness", INPUTS, OUTPUTS, SecretaryReadinessJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> events = io.read(Catalog.warehouse(Events.NAME));
        // The events' years from their year folders (events are partitioned by the year of their start), with no
        // Spark job; events not read from such folders (a test's table made on the driver) by a min/max.
        Optional<PartitionYears.YearRange> years = PartitionYears.of(events, Events.YEAR).or(() ->
                DataSpan.of(events, col(Events.START_TIME))
                        .map(s -> new PartitionYears.YearRange(s.first().getYear(), s.last().getYear())));
        int first = years.map(PartitionYears.YearRange::first).orElse(0);
        int last = years.map(PartitionYears.YearRange::last).orElse(-1);
        if (params.asOf() != null) {
            last = Math.min(last, params.asOf().getYear());
        }
        io.write(Catalog.indicator(SecretaryReadiness.NAME), readiness(io.read(Catalog.warehouse(Members.NAME)),
                io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)), events,
                io.read(Catalog.warehouse(Attendance.NAME)), first, last, params.asOf(),
                Rules.forParams(params).secretaryTrainingWindowMonths(), params.minCellSize()));
    }

    /**
     * Rows with exactly SecretaryReadiness.COLUMNS for the years first..last (none when last &lt; first). The
     * secretaries' member rows, the branches, the units and the training events are collected together (a few rows
     * per branch each; one Spark job, {@link ReadinessInputs}), then the secretaries' present or makeup rows at those
     * events, filtered by both key sets in the scan (no join, no shuffle); the table is made on the driver
     * ({@link ReadinessRows}).
     */
    public static Dataset<Row> readiness(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                         Dataset<Row> events, Dataset<Row> attendance, int firstYear, int lastYear,
                                         LocalDate asOf, int windowMonths, int minCellSize) {
        ReadinessInputs inputs = ReadinessInputs.collect(members, branches, units, events);
        List<ReadinessRows.SecretaryRow> secretaryRows = inputs.secretaryRows();
        Map<String, LocalDate> trainingDay = inputs.trainingDays();
        Map<String, List<LocalDate>> trainingDays = new HashMap<>();
        if (!secretaryRows.isEmpty() && !trainingDay.isEmpty()) {
            Object[] secretaries = secretaryRows.stream().map(ReadinessRows.SecretaryRow::memberKey).distinct()
                    .toArray();
            for (Row r : attendance.filter(col(Attendance.STATUS).isin(Codes.PRESENT, Codes.MAKEUP)
                            .and(col(Attendance.MEMBER_KEY).isin(secretaries))
                            .and(col(Attendance.EVENT_ID).isin(trainingDay.keySet().toArray())))
                    .select(col(Attendance.MEMBER_KEY), col(Attendance.EVENT_ID)).collectAsList()) {
                trainingDays.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                        .add(trainingDay.get(r.getString(1)));
            }
        }
        List<Row> rows = ReadinessRows.rows(secretaryRows, trainingDays, firstYear, lastYear, asOf, windowMonths,
                minCellSize);
        return members.sparkSession().createDataFrame(rows, SCHEMA);
    }

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
            DataTypes.createStructField(Indicators.DIMENSION, DataTypes.StringType, false),
            DataTypes.createStructField(Indicators.GROUP, DataTypes.StringType, false),
            DataTypes.createStructField(SecretaryReadiness.SECRETARIES, DataTypes.LongType, false),
            DataTypes.createStructField(SecretaryReadiness.TRAINED, DataTypes.LongType, false),
            DataTypes.createStructField(SecretaryReadiness.TRAINED_RATE, DataTypes.DoubleType, true),
            DataTypes.createStructField(SecretaryReadiness.NEWLY_APPOINTED, DataTypes.LongType, false),
            DataTypes.createStructField(SecretaryReadiness.NEW_TRAINED_IN_WINDOW, DataTypes.LongType, false),
            DataTypes.createStructField(SecretaryReadiness.NEW_TRAINED_RATE, DataTypes.DoubleType, true),
            DataTypes.createStructField(SecretaryReadiness.OVERDUE, DataTypes.LongType, false),
            DataTypes.createStructField(SecretaryReadiness.OVERDUE_RATE, DataTypes.DoubleType, true),
            DataTypes.createStructField(Indicators.SUPPRESSED, DataTypes.BooleanType, false)));
}

package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.ObservationCoverage;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The 列席旁听 indicator: per year, the units (organizer_unit_id) that held a theory_study_group, those with at
 * least one such session that has an {@code observer} attendance row, and the observed share. Every year in which
 * some event starts gets a row, so a year without study groups shows 0, 0 and a null share instead of vanishing.
 */
public final class ObservationCoverageJob {
    private ObservationCoverageJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Attendance.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(ObservationCoverage.NAME));
    public static final JobSpec SPEC = new JobSpec("observation_coverage", INPUTS, OUTPUTS, ObservationCoverageJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final String OBSERVED = "_observed";
    private static final String HELD = "_held";

    public static void run(JobIO io, JobParams params) {
        // Sessions after the as-of day fall outside the years reported.
        io.write(OUTPUTS.get(0), observationCoverage(AsOf.through(io.read(INPUTS.get(0)), EventCalendar.date(),
                params.asOf()), io.read(INPUTS.get(1))));
    }

    /**
     * The observation coverage table, columns {@link ObservationCoverage#COLUMNS}, sorted by period. One Spark plan
     * finds, per year and organiser unit, whether the unit held a study group and whether one was observed (a few
     * rows per unit); the counts, shares and order are made on the driver from that one collect.
     */
    public static Dataset<Row> observationCoverage(Dataset<Row> events, Dataset<Row> attendance) {
        Dataset<Row> observedEvents = attendance.where(col(Attendance.STATUS).equalTo(Codes.OBSERVER))
                .select(col(Attendance.EVENT_ID)).distinct()
                .withColumn(OBSERVED, lit(true));
        Column studyGroup = coalesce(col(Events.EVENT_TYPE).equalTo(Codes.THEORY_STUDY_GROUP), lit(false));
        List<Row> units = EventCalendar.withCalendar(events)
                .join(observedEvents, new String[] {Events.EVENT_ID}, "left")
                .groupBy(EventCalendar.yearLabel(col(EventCalendar.YEAR)).as(Indicators.PERIOD),
                        col(Events.ORGANIZER_UNIT_ID))
                .agg(max(studyGroup).as(HELD), max(studyGroup.and(coalesce(col(OBSERVED), lit(false)))).as(OBSERVED))
                .collectAsList();
        return events.sparkSession().createDataFrame(rows(units), SCHEMA);
    }

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, true),
            DataTypes.createStructField(ObservationCoverage.UNITS_WITH_STUDY_GROUP, DataTypes.LongType, false),
            DataTypes.createStructField(ObservationCoverage.UNITS_OBSERVED, DataTypes.LongType, false),
            DataTypes.createStructField(ObservationCoverage.OBSERVED_SHARE, DataTypes.DoubleType, true)));

    /**
     * Rows of the table from (period, unit, held, observed) per year and organiser unit: every year in which some
     * event starts, nulls first as Spark sorts them; an unknown unit or year is not counted.
     */
    static List<Row> rows(List<Row> units) {
        Map<String, long[]> byPeriod = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
        for (Row u : units) {
            long[] counts = byPeriod.computeIfAbsent(u.getString(0), p -> new long[2]);
            if (u.isNullAt(0) || u.isNullAt(1)) {
                continue;
            }
            counts[0] += u.getBoolean(2) ? 1 : 0;
            counts[1] += u.getBoolean(3) ? 1 : 0;
        }
        List<Row> out = new ArrayList<>();
        byPeriod.forEach((period, c) -> out.add(RowFactory.create(period, c[0], c[1],
                c[0] > 0 ? (double) c[1] / (double) c[0] : null)));
        return out;
    }
}

package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.ObservationCoverage;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    public static void run(JobIO io, JobParams params) {
        // Sessions after the as-of day fall outside the years reported.
        io.write(OUTPUTS.get(0), observationCoverage(AsOf.through(io.read(INPUTS.get(0)), EventCalendar.date(),
                params.asOf()), io.read(INPUTS.get(1))));
    }

    /**
     * The observation coverage table, columns {@link ObservationCoverage#COLUMNS}, sorted by period. One Spark plan
     * lists the study group sessions (year, organiser unit, event id) and the other years with events; the observer
     * rows at those sessions are then read with the session ids as a filter (no join, no shuffle), and whether each
     * unit held and had observed a study group, the counts, shares and order are made on the driver.
     */
    public static Dataset<Row> observationCoverage(Dataset<Row> events, Dataset<Row> attendance) {
        Column studyGroup = coalesce(col(Events.EVENT_TYPE).equalTo(Codes.THEORY_STUDY_GROUP), lit(false));
        // Totalled per partition and merged on the driver: one Spark job, not a shuffle's two. A study group session
        // is a key of its own, but an event is one row of one partition: the driver receives one row per session,
        // as many as the collect of an aggregation brought, and a task holds at most its own rows' keys.
        List<Row> sessions = PartitionTotals.of(EventCalendar.withCalendar(events),
                List.of(EventCalendar.yearLabel(col(EventCalendar.YEAR)).as(Indicators.PERIOD),
                        when(studyGroup, col(Events.ORGANIZER_UNIT_ID)).as(Events.ORGANIZER_UNIT_ID),
                        when(studyGroup, col(Events.EVENT_ID)).as(Events.EVENT_ID)), List.of(), List.of());
        Set<String> sessionIds = new HashSet<>();
        for (Row s : sessions) {
            if (!s.isNullAt(2)) {
                sessionIds.add(s.getString(2));
            }
        }
        Set<String> observed = new HashSet<>();
        if (!sessionIds.isEmpty()) {
            for (Row r : attendance.where(col(Attendance.STATUS).equalTo(Codes.OBSERVER)
                            .and(col(Attendance.EVENT_ID).isin(sessionIds.toArray())))
                    .select(col(Attendance.EVENT_ID)).collectAsList()) {
                observed.add(r.getString(0));
            }
        }
        return events.sparkSession().createDataFrame(rows(units(sessions, observed)), SCHEMA);
    }

    /**
     * (period, unit, held, observed) per year and organiser unit with a study group session, and (period, null,
     * false, false) for a year with other events only, from the sessions (period, unit or null, event id or null)
     * and the ids of the sessions with an observer row.
     */
    static List<Row> units(List<Row> sessions, Set<String> observed) {
        Map<List<String>, Boolean> units = new LinkedHashMap<>();
        for (Row s : sessions) {
            String unit = s.isNullAt(2) ? null : s.getString(1);
            units.merge(Arrays.asList(s.getString(0), unit), unit != null && observed.contains(s.getString(2)),
                    Boolean::logicalOr);
        }
        List<Row> out = new ArrayList<>();
        units.forEach((key, seen) -> out.add(RowFactory.create(key.get(0), key.get(1), key.get(1) != null, seen)));
        return out;
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

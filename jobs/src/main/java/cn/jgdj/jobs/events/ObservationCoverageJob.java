package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.ObservationCoverage;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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

    private static final String OBSERVED = "_observed";

    public static void run(JobIO io, JobParams params) {
        // Sessions after the as-of day fall outside the years reported.
        io.write(OUTPUTS.get(0), observationCoverage(AsOf.through(io.read(INPUTS.get(0)), EventCalendar.date(),
                params.asOf()), io.read(INPUTS.get(1))));
    }

    /** The observation coverage table, columns {@link ObservationCoverage#COLUMNS}, sorted by period. */
    public static Dataset<Row> observationCoverage(Dataset<Row> events, Dataset<Row> attendance) {
        Dataset<Row> observedEvents = attendance.where(col(Attendance.STATUS).equalTo(Codes.OBSERVER))
                .select(col(Attendance.EVENT_ID)).distinct()
                .withColumn(OBSERVED, lit(true));
        Column unit = col(Events.ORGANIZER_UNIT_ID);
        Dataset<Row> perYear = EventCalendar.withCalendar(events)
                .where(col(Events.EVENT_TYPE).equalTo(Codes.THEORY_STUDY_GROUP))
                .join(observedEvents, new String[] {Events.EVENT_ID}, "left")
                .groupBy(col(EventCalendar.YEAR))
                .agg(count_distinct(unit).as(ObservationCoverage.UNITS_WITH_STUDY_GROUP),
                        count_distinct(when(col(OBSERVED), unit)).as(ObservationCoverage.UNITS_OBSERVED));

        Column held = col(ObservationCoverage.UNITS_WITH_STUDY_GROUP);
        return EventCalendar.years(events)
                .join(perYear, new String[] {EventCalendar.YEAR}, "left")
                .na().fill(0L, new String[] {ObservationCoverage.UNITS_WITH_STUDY_GROUP,
                        ObservationCoverage.UNITS_OBSERVED})
                .withColumn(Indicators.PERIOD, EventCalendar.yearLabel(col(EventCalendar.YEAR)))
                .withColumn(ObservationCoverage.OBSERVED_SHARE, when(held.gt(0),
                        col(ObservationCoverage.UNITS_OBSERVED).cast("double").divide(held.cast("double"))))
                .select(EventCalendar.columns(ObservationCoverage.COLUMNS))
                .orderBy(col(Indicators.PERIOD));
    }
}

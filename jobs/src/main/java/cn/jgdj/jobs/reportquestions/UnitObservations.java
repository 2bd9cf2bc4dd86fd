package cn.jgdj.jobs.reportquestions;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.year;
import static cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit.OBSERVED;
import static cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit.SESSIONS;
import static cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit.SESSIONS_OBSERVED;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * observation_by_unit: for every unit of the units file and every year in which some event starts, its theory study
 * group sessions, those with at least one {@code observer} row, and whether any was observed. A unit that held no
 * session shows 0 sessions (it cannot be observed); one whose sessions all went unobserved is what 列席旁听
 * "full coverage every year" asks the committee to find.
 */
final class UnitObservations {
    private UnitObservations() {
    }

    private static final String YEAR = "_year";
    private static final String OBSERVED_EVENT = "_observed_event";

    static Dataset<Row> table(Dataset<Row> units, Dataset<Row> events, Dataset<Row> attendance) {
        Dataset<Row> observedEvents = attendance.where(col(Attendance.STATUS).equalTo(Codes.OBSERVER))
                .select(col(Attendance.EVENT_ID).as(OBSERVED_EVENT)).distinct();
        Column startYear = year(to_date(col(Events.START_TIME)));
        Dataset<Row> sessions = events.where(col(Events.EVENT_TYPE).equalTo(Codes.THEORY_STUDY_GROUP))
                .join(observedEvents, col(Events.EVENT_ID).equalTo(col(OBSERVED_EVENT)), "left")
                .groupBy(startYear.as(YEAR), col(Events.ORGANIZER_UNIT_ID).as(Indicators.UNIT_ID))
                .agg(count(lit(1)).as(SESSIONS), count(col(OBSERVED_EVENT)).as(SESSIONS_OBSERVED));
        Dataset<Row> grid = events.select(startYear.as(YEAR)).distinct()
                .crossJoin(units.select(col(Units.UNIT_ID).as(Indicators.UNIT_ID)).distinct());
        return grid.join(sessions, new String[] {YEAR, Indicators.UNIT_ID}, "full_outer")
                .select(col(YEAR).cast("string").as(Indicators.PERIOD), col(Indicators.UNIT_ID),
                        coalesce(col(SESSIONS), lit(0L)).as(SESSIONS),
                        coalesce(col(SESSIONS_OBSERVED), lit(0L)).as(SESSIONS_OBSERVED),
                        coalesce(col(SESSIONS_OBSERVED), lit(0L)).gt(0).as(OBSERVED))
                .orderBy(col(Indicators.PERIOD), col(Indicators.UNIT_ID));
    }
}

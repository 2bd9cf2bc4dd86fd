package cn.jgdj.jobs.reportquestions;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;
import static cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit.OBSERVED;
import static cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit.SESSIONS;
import static cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit.SESSIONS_OBSERVED;

import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.jobs.driverside.SmallTables;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * observation_by_unit: for every unit of the units file and every year in which some event starts, its theory study
 * group sessions, those with at least one {@code observer} row, and whether any was observed. A unit that held no
 * session shows 0 sessions (it cannot be observed); one whose sessions all went unobserved is what 列席旁听
 * "full coverage every year" asks the committee to find.
 */
final class UnitObservations {
    private UnitObservations() {
    }

    private static final String STUDY = "_study";
    private static final String WATCHED = "_watched";
    private static final String HELD = "_held";

    /**
     * Each organiser unit's study group sessions and observed sessions per year, a few rows per unit (every event
     * gives its year), totalled by {@link PartitionTotals} beside the job's other small groupings. An event and its
     * observer rows meet in one aggregation per event (event ids are the warehouse key, unique), not a distinct and a
     * join.
     */
    static PartitionTotals.Grouping sessions(Dataset<Row> events, Dataset<Row> attendance) {
        Column studyGroup = coalesce(col(Events.EVENT_TYPE).equalTo(Codes.THEORY_STUDY_GROUP), lit(false));
        Dataset<Row> eventRows = events.select(col(Events.EVENT_ID),
                year(to_date(col(Events.START_TIME))).cast("string").as(Indicators.PERIOD),
                col(Events.ORGANIZER_UNIT_ID), studyGroup.as(STUDY), lit(false).as(WATCHED), lit(true).as(HELD));
        Dataset<Row> observerRows = attendance.where(col(Attendance.STATUS).equalTo(Codes.OBSERVER))
                .select(col(Attendance.EVENT_ID), lit(null).cast("string").as(Indicators.PERIOD),
                        lit(null).cast("string").as(Events.ORGANIZER_UNIT_ID), lit(false).as(STUDY),
                        lit(true).as(WATCHED), lit(false).as(HELD));
        Column study = col(STUDY);
        Dataset<Row> perEvent = eventRows.unionByName(observerRows)
                .groupBy(col(Events.EVENT_ID))
                .agg(max(col(Indicators.PERIOD)).as(Indicators.PERIOD),
                        max(col(Events.ORGANIZER_UNIT_ID)).as(Events.ORGANIZER_UNIT_ID), max(study).as(STUDY),
                        max(col(WATCHED)).as(WATCHED), max(col(HELD)).as(HELD))
                .where(col(HELD));
        // Per year and organiser: totalled per partition and merged on the driver, not shuffled again (one Spark job
        // fewer). Counts, so exact in any order.
        return new PartitionTotals.Grouping(perEvent, List.of(col(Indicators.PERIOD), col(Events.ORGANIZER_UNIT_ID)),
                List.of(when(study, 1L).otherwise(0L), when(study.and(col(WATCHED)), 1L).otherwise(0L)), List.of());
    }

    /**
     * The table from the units and the collected {@link #sessions}; the grid of years × units is filled on the driver
     * ({@link #rows}).
     */
    static Dataset<Row> table(Dataset<Row> units, List<Row> sessions) {
        List<Row> held = sessions.stream()
                .map(r -> RowFactory.create(r.get(0), r.get(1), r.getLong(3), r.getLong(4)))
                .toList();
        // The units file is a few hundred rows: read and made distinct on the driver, where Spark's distinct took an
        // exchange and its collect a Spark job.
        Set<String> unitIds = new LinkedHashSet<>();
        SmallTables.strings(units, Units.UNIT_ID).forEach(r -> unitIds.add(r[0]));
        return units.sparkSession().createDataFrame(rows(new ArrayList<>(unitIds), held), SCHEMA);
    }

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, true),
            DataTypes.createStructField(Indicators.UNIT_ID, DataTypes.StringType, true),
            DataTypes.createStructField(SESSIONS, DataTypes.LongType, false),
            DataTypes.createStructField(SESSIONS_OBSERVED, DataTypes.LongType, false),
            DataTypes.createStructField(OBSERVED, DataTypes.BooleanType, false)));

    private record Key(String period, String unitId) {
    }

    /**
     * The table from the unit ids and (period, organiser unit, study group sessions, observed sessions) per year and
     * organiser: every unit in every year of some event, plus the sessions of an organiser missing from the units
     * file (or of an unknown year or organiser) on a row of their own, as a full outer join gives them; ordered by
     * period and unit, nulls first as Spark sorts.
     */
    static List<Row> rows(List<String> unitIds, List<Row> sessions) {
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.<String>naturalOrder());
        Set<String> periods = new TreeSet<>(nullsFirst);
        Map<Key, long[]> held = new LinkedHashMap<>();
        for (Row s : sessions) {
            periods.add(s.getString(0));
            if (s.getLong(2) > 0) {
                held.put(new Key(s.getString(0), s.getString(1)), new long[] {s.getLong(2), s.getLong(3)});
            }
        }
        List<Object[]> out = new ArrayList<>();
        Set<Key> matched = new HashSet<>();
        for (String period : periods) {
            for (String unit : unitIds) {
                Key key = new Key(period, unit);
                long[] c = period == null || unit == null ? null : held.get(key);
                if (c != null) {
                    matched.add(key);
                }
                out.add(row(period, unit, c));
            }
        }
        held.forEach((key, c) -> {
            if (!matched.contains(key)) {
                out.add(row(key.period(), key.unitId(), c));
            }
        });
        out.sort(Comparator.<Object[], String>comparing(r -> (String) r[0], nullsFirst)
                .thenComparing(r -> (String) r[1], nullsFirst));
        return out.stream().map(RowFactory::create).toList();
    }

    private static Object[] row(String period, String unit, long[] counts) {
        long sessions = counts == null ? 0 : counts[0];
        long observed = counts == null ? 0 : counts[1];
        return new Object[] {period, unit, sessions, observed, observed > 0};
    }
}

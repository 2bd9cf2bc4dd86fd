package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Branch compliance's inputs in one Spark job: the meetings counted per year, quarter, branch (or organiser unit,
 * for unit-wide ones) and cadence type, with the months they fell in as a bit mask, and the branches with their
 * units. The meetings are reduced in Java within each partition of the events (a few rows per branch and quarter
 * leave each task), the branches' rows travel beside them in the same collect, and the driver adds the partitions'
 * counts and ORs their masks: whole numbers and bits, so the result does not depend on the order. A Spark
 * aggregation gave the same rows with a shuffle, i.e. two jobs, and the branches a third.
 */
final class MeetingTallies {
    private MeetingTallies() {
    }

    /** (year, quarter, branch_id, organiser unit, cadence type, meetings, month mask); a branch row has no count. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(EventCalendar.YEAR, DataTypes.IntegerType, true),
            DataTypes.createStructField(EventCalendar.QUARTER, DataTypes.IntegerType, true),
            DataTypes.createStructField(Branches.BRANCH_ID, DataTypes.StringType, true),
            DataTypes.createStructField(Events.ORGANIZER_UNIT_ID, DataTypes.StringType, true),
            DataTypes.createStructField(Events.EVENT_TYPE, DataTypes.StringType, true),
            DataTypes.createStructField(CadenceQuarters.MEETINGS, DataTypes.LongType, true),
            DataTypes.createStructField(CadenceQuarters.MONTHS, DataTypes.IntegerType, true)));

    /**
     * @param branches (branch_id, unit_id) of every branch, in the table's order
     * @param held     as {@link CadenceQuarters#rows} reads them: one row per year, quarter, branch, organiser unit
     *                 and type, in no particular order
     */
    record Collected(List<Row> branches, List<Row> held) {
    }

    /** The events' tallies and the branches, collected together (one Spark job). */
    static Collected collect(Dataset<Row> events, Dataset<Row> branches) {
        Dataset<Row> tallies = perEvent(events).mapPartitions(new PartitionTallies(), Encoders.row(SCHEMA));
        Dataset<Row> branchRows = branches.select(lit(null).cast("int"), lit(null).cast("int"),
                col(Branches.BRANCH_ID), col(Branches.UNIT_ID), lit(null).cast("string"), lit(null).cast("long"),
                lit(null).cast("int"));
        return merge(tallies.union(branchRows).collectAsList());
    }

    /**
     * One row per event with the keys of its tally and its month bit: a branch's own cadence meetings under its
     * branch_id; unit-wide lectures and theme days (audience unit, no branch) under their organiser unit, for the
     * driver to give to each branch of that unit; every other event under null branch, unit and type, so that each
     * year with an event shows up. Bit m of the mask is set when the meeting fell in month m (1–12).
     */
    static Dataset<Row> perEvent(Dataset<Row> events) {
        Column type = col(Events.EVENT_TYPE);
        Column own = col(Events.BRANCH_ID).isNotNull().and(type.isin(Codes.CADENCE_TYPES.toArray()));
        Column unitWide = col(Events.BRANCH_ID).isNull()
                .and(col(Events.AUDIENCE).equalTo(Codes.AUDIENCE_UNIT))
                .and(type.isin(BranchComplianceJob.UNIT_WIDE_TYPES.toArray()));
        Column monthBit = call_function("shiftleft", lit(1), month(col(EventCalendar.DATE)));
        return EventCalendar.withCalendar(events).select(col(EventCalendar.YEAR), col(EventCalendar.QUARTER),
                when(own, col(Events.BRANCH_ID)).as(Branches.BRANCH_ID),
                when(unitWide, col(Events.ORGANIZER_UNIT_ID)).as(Events.ORGANIZER_UNIT_ID),
                when(own.or(unitWide), type).as(Events.EVENT_TYPE), monthBit.as(CadenceQuarters.MONTHS));
    }

    /** Splits the collected rows into the branches and the held rows, adding up the partitions' tallies. */
    static Collected merge(List<Row> rows) {
        List<Row> branches = new ArrayList<>();
        Map<List<Object>, long[]> tallies = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.isNullAt(5)) {
                branches.add(RowFactory.create(r.getString(2), r.getString(3)));
            } else {
                long[] t = tallies.computeIfAbsent(key(r), k -> new long[2]);
                t[0] += r.getLong(5);
                t[1] |= r.getInt(6);
            }
        }
        return new Collected(branches, rows(tallies));
    }

    /** The year, quarter, branch, organiser unit and type of a row (nulls included), as a map key. */
    private static List<Object> key(Row r) {
        return Arrays.asList(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4));
    }

    private static List<Row> rows(Map<List<Object>, long[]> tallies) {
        List<Row> out = new ArrayList<>(tallies.size());
        for (Map.Entry<List<Object>, long[]> t : tallies.entrySet()) {
            List<Object> k = t.getKey();
            out.add(RowFactory.create(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), t.getValue()[0],
                    (int) t.getValue()[1]));
        }
        return out;
    }

    /** A partition's events ({@link #perEvent}) as one row per key: the meetings counted, the month bits OR-ed. */
    static final class PartitionTallies implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> events) {
            Map<List<Object>, long[]> tallies = new LinkedHashMap<>();
            while (events.hasNext()) {
                Row e = events.next();
                long[] t = tallies.computeIfAbsent(key(e), k -> new long[2]);
                t[0]++;
                if (!e.isNullAt(5)) {
                    t[1] |= e.getInt(5);
                }
            }
            return rows(tallies).iterator();
        }
    }
}

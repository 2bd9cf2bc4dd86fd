package cn.jgdj.jobs.events;

import cn.jgdj.jobs.io.SparkOrder;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The branch compliance grid made on the driver: every branch in every quarter of every year with an event (up to
 * the quarter containing the as-of day), the meetings of each cadence type held there, and whether the quarter
 * complied (quarterly types at least once, monthly types in each of its three months). The input is
 * {@link MeetingTallies}' few rows per branch and quarter.
 */
final class CadenceQuarters {
    private CadenceQuarters() {
    }

    /** Meetings of one type in the row's quarter. */
    static final String MEETINGS = "_meetings";
    /** Bit m set when such a meeting fell in month m. */
    static final String MONTHS = "_months";

    static final StructType SCHEMA = schema();

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, false),
                DataTypes.createStructField(BranchCompliance.BRANCH_ID, DataTypes.StringType, true),
                DataTypes.createStructField(Indicators.UNIT_ID, DataTypes.StringType, true)));
        for (String type : Codes.CADENCE_TYPES) {
            fields.add(DataTypes.createStructField(type, DataTypes.LongType, false));
        }
        fields.add(DataTypes.createStructField(BranchCompliance.COMPLIANT, DataTypes.BooleanType, true));
        fields.add(DataTypes.createStructField(Indicators.PARTIAL, DataTypes.BooleanType, false));
        return DataTypes.createStructType(fields);
    }

    /**
     * The table's rows, sorted by period and branch id.
     *
     * @param branches (branch_id, unit_id) of every branch
     * @param held     (year, quarter, branch_id, organiser unit, type, meetings, month mask) as
     *                 {@link MeetingTallies} gives them; a row without a type only names a
     *                 year with events
     * @param asOf     quarters starting after it are left out and the one containing it is partial, its compliance
     *                 left empty; null: every quarter complete
     */
    static List<Row> rows(List<Row> branches, List<Row> held, LocalDate asOf) {
        Set<String> known = new HashSet<>();
        Map<String, List<String>> branchesOfUnit = new HashMap<>();
        for (Row b : branches) {
            known.add(b.getString(0));
            if (!b.isNullAt(1)) {
                branchesOfUnit.computeIfAbsent(b.getString(1), u -> new ArrayList<>()).add(b.getString(0));
            }
        }
        Set<Integer> years = new TreeSet<>();
        Map<Slot, Tally> tallies = new HashMap<>();
        for (Row h : held) {
            // start_time is required in the warehouse, so every row has a year and a quarter.
            int year = h.getInt(0);
            years.add(year);
            if (h.isNullAt(4)) {
                continue;
            }
            // An own meeting counts for its branch; a unit-wide one for every branch of its organiser unit.
            List<String> targets = !h.isNullAt(2) ? List.of(h.getString(2))
                    : h.isNullAt(3) ? List.of() : branchesOfUnit.getOrDefault(h.getString(3), List.of());
            int type = Codes.CADENCE_TYPES.indexOf(h.getString(4));
            for (String branch : targets) {
                // Meetings of a branch missing from the branches file are not counted.
                if (known.contains(branch)) {
                    tallies.computeIfAbsent(new Slot(branch, year, h.getInt(1)), s -> new Tally())
                            .add(type, h.getLong(5), h.getInt(6));
                }
            }
        }
        List<Row> ordered = new ArrayList<>(branches);
        ordered.sort(Comparator.comparing(r -> r.getString(0), SparkOrder.STRINGS));
        List<Row> out = new ArrayList<>();
        for (int year : years) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                Period period = Period.quarter(year, quarter);
                if (asOf != null && period.firstDay().isAfter(asOf)) {
                    continue;
                }
                boolean partial = asOf != null && period.lastDay().isAfter(asOf);
                for (Row b : ordered) {
                    Tally t = tallies.getOrDefault(new Slot(b.getString(0), year, quarter), new Tally());
                    List<Object> values = new ArrayList<>(List.of(period.toString()));
                    values.add(b.getString(0));
                    values.add(b.getString(1));
                    for (long n : t.meetings) {
                        values.add(n);
                    }
                    values.add(partial ? null : t.complies());
                    values.add(partial);
                    out.add(RowFactory.create(values.toArray()));
                }
            }
        }
        return out;
    }

    private record Slot(String branch, int year, int quarter) {
    }

    /** One branch's meetings in one quarter: count per cadence type and the months each type was held in. */
    private static final class Tally {
        final long[] meetings = new long[Codes.CADENCE_TYPES.size()];
        final int[] months = new int[Codes.CADENCE_TYPES.size()];

        void add(int type, long n, int monthMask) {
            meetings[type] += n;
            months[type] |= monthMask;
        }

        boolean complies() {
            for (String type : Codes.QUARTERLY_CADENCE_TYPES) {
                if (meetings[Codes.CADENCE_TYPES.indexOf(type)] < 1) {
                    return false;
                }
            }
            for (String type : Codes.MONTHLY_CADENCE_TYPES) {
                if (Integer.bitCount(months[Codes.CADENCE_TYPES.indexOf(type)]) != 3) {
                    return false;
                }
            }
            return true;
        }
    }
}

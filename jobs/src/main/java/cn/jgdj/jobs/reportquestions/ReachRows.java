package cn.jgdj.jobs.reportquestions;

import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.ATTENDANCES;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.EVENTS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.MEMBERS_TRAINED;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.PROGRAM;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.PROGRAMS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.TARGET_MEMBERS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.TARGET_RATE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.TARGET_TRAINED;

import cn.jgdj.schemas.indicators.Indicators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * training_reach's rows from the program events and the counts per year and program, on the driver (a few rows per
 * year; every figure is a count, so nothing depends on the order of a sum). A row for every year and program with an
 * event or an audience, as a full outer join of the two gives them; ordered by period (nulls first, as Spark sorts)
 * and program in {@code PROGRAMS} order.
 */
final class ReachRows {
    private ReachRows() {
    }

    /** A rotation training or training class, its year (null without a start) and program. */
    record ProgramEvent(String eventId, Integer year, String program) {
    }

    /**
     * The columns of the counts per year and program: year (int), program, attendances (present and makeup rows at
     * the program's events), members trained (distinct people with such a row), target members (the audience, 0
     * when none) and target trained (the audience with such a row).
     */
    static final List<String> COUNTS = List.of(ProgramReach.YEAR, PROGRAM, ATTENDANCES, MEMBERS_TRAINED, TARGET_MEMBERS,
            TARGET_TRAINED);

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, true),
            DataTypes.createStructField(PROGRAM, DataTypes.StringType, true),
            DataTypes.createStructField(EVENTS, DataTypes.LongType, false),
            DataTypes.createStructField(ATTENDANCES, DataTypes.LongType, false),
            DataTypes.createStructField(MEMBERS_TRAINED, DataTypes.LongType, false),
            DataTypes.createStructField(TARGET_MEMBERS, DataTypes.LongType, true),
            DataTypes.createStructField(TARGET_TRAINED, DataTypes.LongType, true),
            DataTypes.createStructField(TARGET_RATE, DataTypes.DoubleType, true),
            DataTypes.createStructField(Indicators.SUPPRESSED, DataTypes.BooleanType, true)));

    private record Key(Integer year, String program) {
    }

    /**
     * @param counts rows with the columns {@link #COUNTS}
     */
    static List<Row> of(List<ProgramEvent> events, List<Row> counts, int minCellSize) {
        Map<Key, long[]> held = new LinkedHashMap<>();
        for (ProgramEvent e : events) {
            held.computeIfAbsent(new Key(e.year(), e.program()), k -> new long[1])[0]++;
        }
        Map<Key, Row> byKey = new LinkedHashMap<>();
        for (Row r : counts) {
            byKey.put(new Key(r.isNullAt(0) ? null : r.getInt(0), r.getString(1)), r);
        }
        List<Key> keys = new ArrayList<>(held.keySet());
        byKey.keySet().stream().filter(k -> !held.containsKey(k)).forEach(keys::add);

        List<Object[]> out = new ArrayList<>();
        for (Key k : keys) {
            Row c = byKey.get(k);
            // A year-less event matches no count (null never joins), as in the table's definition by joins.
            boolean trainedSide = c != null && k.year() != null;
            long attendances = trainedSide ? c.getLong(2) : 0L;
            long people = trainedSide ? c.getLong(3) : 0L;
            Long target = c != null && c.getLong(4) > 0 ? c.getLong(4) : null;
            Long targetTrained = target == null ? null : c.getLong(5);
            Double rate = target == null ? null : (double) targetTrained / (double) target;
            boolean suppressed = target != null ? target < minCellSize : people < minCellSize;
            out.add(new Object[] {k.year() == null ? null : String.valueOf(k.year()), k.program(),
                    held.containsKey(k) ? held.get(k)[0] : 0L, attendances, people, target, targetTrained, rate,
                    suppressed});
        }
        out.sort(Comparator.<Object[], String>comparing(r -> (String) r[0], Comparator.nullsFirst(
                Comparator.naturalOrder())).thenComparing(r -> PROGRAMS.indexOf(Objects.toString(r[1], ""))));
        return out.stream().map(RowFactory::create).toList();
    }
}

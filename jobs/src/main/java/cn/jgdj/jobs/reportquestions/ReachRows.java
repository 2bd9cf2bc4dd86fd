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
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * training_reach's rows from the counts per year and program, on the driver (a few rows per year; every figure is a
 * count, so nothing depends on the order of a sum). A row for every year and program with an event or an audience,
 * as a full outer join of the two gives them; ordered by period (nulls first, as Spark sorts) and program in
 * {@code PROGRAMS} order.
 */
final class ReachRows {
    private ReachRows() {
    }

    /**
     * The columns of the counts per year and program: year (int), program, events (the program's events held that
     * year), attendances (present and makeup rows at them), members trained (distinct people with such a row),
     * target members (the audience, 0 when none) and target trained (the audience with such a row).
     */
    static final List<String> COUNTS = List.of(ProgramReach.YEAR, PROGRAM, EVENTS, ATTENDANCES, MEMBERS_TRAINED,
            TARGET_MEMBERS, TARGET_TRAINED);

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

    /**
     * @param counts rows with the columns {@link #COUNTS}
     */
    static List<Row> of(List<Row> counts, int minCellSize) {
        List<Object[]> out = new ArrayList<>();
        for (Row c : counts) {
            Integer year = c.isNullAt(0) ? null : c.getInt(0);
            // A year-less event counts as held, but its rows match no year (null never joins), as in the table's
            // definition by joins.
            long attendances = year != null ? c.getLong(3) : 0L;
            long people = year != null ? c.getLong(4) : 0L;
            Long target = c.getLong(5) > 0 ? c.getLong(5) : null;
            Long targetTrained = target == null ? null : c.getLong(6);
            Double rate = target == null ? null : (double) targetTrained / (double) target;
            boolean suppressed = target != null ? target < minCellSize : people < minCellSize;
            out.add(new Object[] {year == null ? null : String.valueOf(year), c.getString(1), c.getLong(2),
                    attendances, people, target, targetTrained, rate, suppressed});
        }
        out.sort(Comparator.<Object[], String>comparing(r -> (String) r[0], Comparator.nullsFirst(
                Comparator.naturalOrder())).thenComparing(r -> PROGRAMS.indexOf(Objects.toString(r[1], ""))));
        return out.stream().map(RowFactory::create).toList();
    }
}

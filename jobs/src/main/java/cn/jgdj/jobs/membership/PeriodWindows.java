package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Period;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The sets of windows the indicator families count members in, and their Spark form. */
public final class PeriodWindows {
    private PeriodWindows() {
    }

    public static final String PERIOD = "period";
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String REQUIREMENT_START = "requirement_start";
    public static final String REQUIREMENT_END = "requirement_end";
    public static final String RULES_YEAR = "rules_year";

    private static final String PAIRED = "_paired_window";

    public static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(PERIOD, DataTypes.StringType, false),
            DataTypes.createStructField(WINDOW_START, DataTypes.DateType, false),
            DataTypes.createStructField(WINDOW_END, DataTypes.DateType, false),
            DataTypes.createStructField(REQUIREMENT_START, DataTypes.DateType, false),
            DataTypes.createStructField(REQUIREMENT_END, DataTypes.DateType, false),
            DataTypes.createStructField(RULES_YEAR, DataTypes.IntegerType, false)));

    /**
     * Coverage windows for data from {@code first} to {@code last}: each year touched; year-to-date windows at the
     * end of each quarter from the first data quarter to the last (a quarter without data would report a misleading
     * zero).
     */
    public static List<PeriodWindow> coverage(LocalDate first, LocalDate last) {
        List<PeriodWindow> windows = new ArrayList<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            windows.add(PeriodWindow.year(y));
        }
        int firstIndex = quarterIndex(first);
        int lastIndex = quarterIndex(last);
        for (int q = firstIndex; q <= lastIndex; q++) {
            windows.add(PeriodWindow.yearToDate(q / 4, q % 4 + 1));
        }
        return windows;
    }

    /** Every year touched and every quarter (the quarter alone) from the first data quarter to the last. */
    public static List<PeriodWindow> yearsAndQuarters(LocalDate first, LocalDate last) {
        List<PeriodWindow> windows = new ArrayList<>();
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            windows.add(PeriodWindow.year(y));
        }
        for (int q = quarterIndex(first); q <= quarterIndex(last); q++) {
            windows.add(PeriodWindow.quarter(q / 4, q % 4 + 1));
        }
        return windows;
    }

    /** Every calendar month from the first data month to the last. */
    public static List<PeriodWindow> months(LocalDate first, LocalDate last) {
        List<PeriodWindow> windows = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            windows.add(PeriodWindow.month(m));
        }
        return windows;
    }

    /**
     * The windows as of a day: those that have begun by it, each ending on it at the latest (the period in
     * progress counts what happened up to the as-of day). A null as-of day keeps the windows as they are.
     */
    public static List<PeriodWindow> through(List<PeriodWindow> windows, LocalDate asOf) {
        if (asOf == null) {
            return windows;
        }
        // A year-to-date window 2025Q3 has begun with its quarter, not on 1 January.
        return windows.stream().filter(w -> !periodStart(w).isAfter(asOf))
                .map(w -> w.end().isAfter(asOf) ? w.endingOn(asOf) : w).toList();
    }

    /** The first day of the period a window is named after: the year, the quarter (also year to date), the month. */
    static LocalDate periodStart(PeriodWindow w) {
        return Period.parse(w.period()).firstDay();
    }

    /** The windows as a small Spark table with {@link #SCHEMA}; fails early when a window's year has no rules. */
    public static Dataset<Row> toDataFrame(SparkSession spark, List<PeriodWindow> windows, Rules rules) {
        List<Row> rows = new ArrayList<>();
        for (PeriodWindow w : windows) {
            rules.rulesFor(w.rulesYear());
            rows.add(RowFactory.create(w.period(), Date.valueOf(w.start()), Date.valueOf(w.end()),
                    Date.valueOf(w.requirementStart()), Date.valueOf(w.requirementEnd()), w.rulesYear()));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    /**
     * Each row paired with every window for which {@code condition} holds, with the windows' columns added: the inner
     * join of {@code rows} with a small windows table. Windows made on the driver ({@link #toDataFrame}) are read back
     * there (no Spark job) and paired with each row by exploding them as literals, in their order, as the broadcast
     * nested-loop join did; a broadcast costs a Spark job to ship even a one-row table. Other windows are broadcast.
     */
    public static Dataset<Row> joined(Dataset<Row> rows, Dataset<Row> windows, Column condition) {
        List<Row> local = windows.queryExecution().analyzed() instanceof LocalRelation
                ? windows.collectAsList() : List.of();
        if (local.isEmpty()) {
            return rows.join(broadcast(windows), condition);
        }
        StructField[] fields = windows.schema().fields();
        List<Column> literals = new ArrayList<>();
        for (Row w : local) {
            List<Column> values = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                values.add(lit(w.get(i)).cast(fields[i].dataType()).as(fields[i].name()));
            }
            literals.add(struct(values.toArray(Column[]::new)));
        }
        List<Column> out = new ArrayList<>();
        for (String c : rows.columns()) {
            out.add(rows.col(c));
        }
        for (StructField f : fields) {
            out.add(col(PAIRED + "." + f.name()).as(f.name()));
        }
        return rows.withColumn(PAIRED, explode(array(literals.toArray(Column[]::new))))
                .select(out.toArray(Column[]::new))
                .filter(condition);
    }

    /** Whether a period (a column of period strings) is a calendar year: `2025`. */
    public static Column isYear(Column period) {
        return length(period).equalTo(4);
    }


    private static int quarterIndex(LocalDate d) {
        return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
    }
}

package cn.jgdj.jobs;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Period labels as Spark columns, the same labels {@link cn.jgdj.schemas.Period} parses and formats on the driver:
 * a year {@code 2025}, a quarter {@code 2025Q2}, a month {@code 2025-04}.
 */
public final class PeriodColumns {
    private PeriodColumns() {
    }

    /** {@code 2025} from an integer year column. */
    public static Column year(Column year) {
        return year.cast("string");
    }

    /** {@code 2025Q2} from integer year and quarter columns. */
    public static Column quarter(Column year, Column quarter) {
        return concat(year.cast("string"), lit("Q"), quarter.cast("string"));
    }

    /** The quarter label of a date or timestamp column. */
    public static Column quarterOf(Column date) {
        return quarter(functions.year(date), functions.quarter(date));
    }

    /** The month label ({@code 2025-04}) of a date or timestamp column. */
    public static Column monthOf(Column date) {
        return date_format(date, "yyyy-MM");
    }

    /** The year (an integer) of a period label. */
    public static Column yearOfLabel(Column period) {
        return substring(period, 1, 4).cast("int");
    }

    /** The quarter (1 to 4, an integer) of a quarter label. */
    public static Column quarterOfLabel(Column period) {
        return substring(period, 6, 1).cast("int");
    }

    /** The last day of the period a label names. */
    public static Column lastDay(Column period) {
        Column year = substring(period, 1, 4).cast("int");
        return when(length(period).equalTo(4), make_date(year, lit(12), lit(31)))
                .when(period.contains("Q"),
                        last_day(make_date(year, substring(period, 6, 1).cast("int").multiply(3), lit(1))))
                .otherwise(last_day(make_date(year, substring(period, 6, 2).cast("int"), lit(1))));
    }
}

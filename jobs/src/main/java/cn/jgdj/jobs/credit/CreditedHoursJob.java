package cn.jgdj.jobs.credit;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.minute;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.second;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_diff;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.rules.RuleSet;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import com.google.auto.service.AutoService;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Credited 学时 (work/credited_hours): one row per member and event attended as `present` or `makeup`, dated by
 * the event's start, plus platform-minute credits when the year's rules count them.
 */
public final class CreditedHoursJob {
    private CreditedHoursJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Attendance.NAME),
            Catalog.warehouse(Events.NAME), Catalog.warehouse(PlatformUsage.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.work(CreditedHours.NAME));
    public static final JobSpec SPEC = new JobSpec("credited_hours", INPUTS, OUTPUTS, CreditedHoursJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    /** Attendance statuses that earn credit; observer, excused and absent earn nothing. */
    public static final List<String> CREDITED_STATUSES = List.of(Codes.PRESENT, Codes.MAKEUP);

    private static final int HALF_HOUR_SECONDS = 1800;

    public static void run(JobIO io, JobParams params) {
        Rules rules = Rules.forParams(params);
        Dataset<Row> credited = credited(io.read(Catalog.warehouse(Attendance.NAME)),
                io.read(Catalog.warehouse(Events.NAME)), rules);
        if (rules.versions().stream().anyMatch(RuleSet::platformMinutesCount)) {
            credited = credited.unionByName(platformCredits(io.read(Catalog.warehouse(PlatformUsage.NAME)), rules));
        }
        io.write(Catalog.work(CreditedHours.NAME), credited);
    }

    /**
     * Event credits: the attendance row's credit_hours if given, else the event's, else the event's duration rounded
     * to the nearest half hour (halves up), at most the daily cap for each calendar day the event touches.
     */
    public static Dataset<Row> credited(Dataset<Row> attendance, Dataset<Row> events, Rules rules) {
        Dataset<Row> ev = events.select(col(Events.EVENT_ID).as("_event"), col(Events.EVENT_TYPE),
                col(Events.START_TIME), col(Events.END_TIME), col(Events.CREDIT_HOURS).as("_event_credit"));
        Column start = col(Events.START_TIME);
        Column date = start.cast(DataTypes.DateType);
        Column credit = coalesce(col(Attendance.CREDIT_HOURS), col("_event_credit"),
                durationCredit(start, col(Events.END_TIME), rules.byYear(year(date), RuleSet::dailyCreditCapHours)));
        return attendance.filter(col(Attendance.STATUS).isin(CREDITED_STATUSES.toArray()))
                .join(ev, col(Attendance.EVENT_ID).equalTo(col("_event")))
                .select(col(Attendance.MEMBER_KEY).as(WorkTables.MEMBER_KEY),
                        col(Attendance.EVENT_ID).as(CreditedHours.EVENT_ID),
                        col(Events.EVENT_TYPE).as(CreditedHours.EVENT_TYPE),
                        date.as(CreditedHours.DATE),
                        year(date).as(CreditedHours.YEAR),
                        quarter(date).as(CreditedHours.QUARTER),
                        credit.cast(DataTypes.DoubleType).as(CreditedHours.CREDIT_HOURS));
    }

    /**
     * Duration in hours rounded to the nearest half hour, halves up (1h15 → 1.5, 1h45 → 2), computed on whole
     * seconds so no floating-point error moves a boundary; capped at {@code dailyCap} × calendar days touched.
     */
    static Column durationCredit(Column start, Column end, Column dailyCap) {
        Column seconds = timestamp_diff("SECOND", start, end);
        Column rounded = floor(seconds.plus(HALF_HOUR_SECONDS / 2).divide(HALF_HOUR_SECONDS)).divide(2.0);
        Column startDay = start.cast(DataTypes.DateType);
        Column endDay = end.cast(DataTypes.DateType);
        // An event ending exactly at midnight has not touched the new day.
        Column endsAtMidnight = endDay.gt(startDay)
                .and(hour(end).equalTo(0)).and(minute(end).equalTo(0)).and(second(end).equalTo(0));
        Column lastDay = when(endsAtMidnight, date_sub(endDay, 1)).otherwise(endDay);
        Column days = datediff(lastDay, startDay).plus(1);
        return least(rounded, days.multiply(dailyCap));
    }

    /**
     * Platform minutes as credit rows (event_type `platform`, no event_id) for years whose rules count them: each
     * member-day earns minutes / minutes-per-credit-hour, at most the daily cap, and the year's total at most the
     * annual cap (the days that pass the cap earn nothing and are left out).
     */
    public static Dataset<Row> platformCredits(Dataset<Row> platformUsage, Rules rules) {
        Column date = col(PlatformUsage.DATE);
        Column y = year(date);
        Dataset<Row> daily = platformUsage
                .filter(rules.byYear(y, RuleSet::platformMinutesCount))
                .groupBy(col(PlatformUsage.MEMBER_KEY), date)
                .agg(sum(col(PlatformUsage.MINUTES)).as("_minutes"))
                .filter(col("_minutes").gt(0))
                .withColumn("_hours", least(col("_minutes").divide(rules.byYear(y,
                        RuleSet::platformMinutesPerCreditHour)), rules.byYear(y, RuleSet::dailyCreditCapHours)));
        WindowSpec soFar = Window.partitionBy(col(PlatformUsage.MEMBER_KEY), y).orderBy(date)
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        Column cap = rules.byYear(y, RuleSet::platformAnnualCapHours);
        Column cumulative = sum(col("_hours")).over(soFar);
        Column credit = greatest(lit(0.0), least(cumulative, cap).minus(least(cumulative.minus(col("_hours")), cap)));
        return daily.withColumn(CreditedHours.CREDIT_HOURS, credit)
                .filter(col(CreditedHours.CREDIT_HOURS).gt(0))
                .select(col(PlatformUsage.MEMBER_KEY).as(WorkTables.MEMBER_KEY),
                        lit(null).cast(DataTypes.StringType).as(CreditedHours.EVENT_ID),
                        lit(CreditedHours.PLATFORM_EVENT_TYPE).as(CreditedHours.EVENT_TYPE),
                        date.as(CreditedHours.DATE),
                        y.as(CreditedHours.YEAR),
                        quarter(date).as(CreditedHours.QUARTER),
                        col(CreditedHours.CREDIT_HOURS).cast(DataTypes.DoubleType));
    }
}

package cn.jgdj.jobs.secretary;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.PartitionYears;
import cn.jgdj.jobs.io.PublishedOrder;
import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.SecretaryReadiness;
import com.google.auto.service.AutoService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * indicators/secretary_readiness per year × (county, unit type, unit). A secretary of a year has a member row with
 * role `secretary` valid on a day of it (group: the last such row). Trained this year: a `present` or `makeup` row at a
 * rotation_training or training_class starting in the year. Newly appointed: the member's earliest secretary row
 * starts in the year; trained in the window: such training on or after appointment and within the window (rules
 * file, default 6 months); overdue: the window has ended by the as-of day without it. Rates: trained / secretaries,
 * trained in window / newly appointed, overdue / newly appointed.
 */
public final class SecretaryReadinessJob {
    private SecretaryReadinessJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Attendance.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(SecretaryReadiness.NAME));
    public static final JobSpec SPEC = new JobSpec("secretary_readiness", INPUTS, OUTPUTS, SecretaryReadinessJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final Date OPEN_END = Date.valueOf("9999-12-31");
    private static final String YEAR = "_year";
    private static final String APPOINTED = "_appointed";
    private static final String DAY = "_day";
    private static final String LAST = "_last";
    private static final List<String> LEVELS = List.of(Dimensions.ALL, Dimensions.UNIT_TYPE, Dimensions.UNIT);

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> events = io.read(Catalog.warehouse(Events.NAME));
        // The events' years from their year folders (events are partitioned by the year of their start), with no
        // Spark job; events not read from such folders (a test's table made on the driver) by a min/max.
        Optional<PartitionYears.YearRange> years = PartitionYears.of(events, Events.YEAR).or(() ->
                DataSpan.of(events, col(Events.START_TIME))
                        .map(s -> new PartitionYears.YearRange(s.first().getYear(), s.last().getYear())));
        int first = years.map(PartitionYears.YearRange::first).orElse(0);
        int last = years.map(PartitionYears.YearRange::last).orElse(-1);
        if (params.asOf() != null) {
            last = Math.min(last, params.asOf().getYear());
        }
        io.write(Catalog.indicator(SecretaryReadiness.NAME), readiness(io.read(Catalog.warehouse(Members.NAME)),
                io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)), events,
                io.read(Catalog.warehouse(Attendance.NAME)), first, last, params.asOf(),
                Rules.forParams(params).secretaryTrainingWindowMonths(), params.minCellSize()));
    }

    /** Rows with exactly SecretaryReadiness.COLUMNS for the years first..last (none when last &lt; first). */
    public static Dataset<Row> readiness(Dataset<Row> members, Dataset<Row> branches, Dataset<Row> units,
                                         Dataset<Row> events, Dataset<Row> attendance, int firstYear, int lastYear,
                                         LocalDate asOf, int windowMonths, int minCellSize) {
        Column validUntil = coalesce(col(Members.VALID_TO), lit(OPEN_END));
        Dataset<Row> secretaryRows = members.filter(col(Members.ROLE).equalTo(Codes.SECRETARY))
                .join(branches.select(col(Branches.BRANCH_ID), col(Branches.UNIT_ID).as(Dimensions.UNIT)),
                        Members.BRANCH_ID)
                .join(units.select(col(Units.UNIT_ID).as(Dimensions.UNIT), col(Units.UNIT_TYPE).as(Dimensions.UNIT_TYPE)),
                        new String[]{Dimensions.UNIT}, "left");
        Dataset<Row> appointed = secretaryRows.groupBy(col(Members.MEMBER_KEY))
                .agg(min(col(Members.VALID_FROM)).as(APPOINTED));
        // One row per secretary and year served, grouped by the last secretary row starting in or before that year.
        Column yearStart = make_date(col(YEAR), lit(1), lit(1));
        Column yearEnd = make_date(col(YEAR), lit(12), lit(31));
        Dataset<Row> served = secretaryRows
                .withColumn(YEAR, explode(sequence(greatestInt(year(col(Members.VALID_FROM)), firstYear),
                        leastInt(year(validUntil), lastYear))))
                .filter(col(YEAR).between(firstYear, lastYear))
                .filter(col(Members.VALID_FROM).leq(yearEnd).and(validUntil.geq(yearStart)))
                .groupBy(col(Members.MEMBER_KEY), col(YEAR))
                .agg(max_by(struct(col(Dimensions.UNIT), col(Dimensions.UNIT_TYPE)), col(Members.VALID_FROM)).as(LAST))
                .select(col(Members.MEMBER_KEY), col(YEAR), col(LAST + "." + Dimensions.UNIT).as(Dimensions.UNIT),
                        col(LAST + "." + Dimensions.UNIT_TYPE).as(Dimensions.UNIT_TYPE));
        Dataset<Row> training = attendance
                .filter(col(Attendance.STATUS).isin(Codes.PRESENT, Codes.MAKEUP))
                .join(events.filter(col(Events.EVENT_TYPE).isin(Codes.ROTATION_TRAINING, Codes.TRAINING_CLASS))
                        .select(col(Events.EVENT_ID), col(Events.START_TIME).cast("date").as(DAY)), Events.EVENT_ID)
                .select(col(Attendance.MEMBER_KEY), col(DAY));
        Dataset<Row> trainedByYear = training.groupBy(col(Attendance.MEMBER_KEY), year(col(DAY)).as(YEAR))
                .agg(lit(true).as(SecretaryReadiness.TRAINED));
        Column deadline = date_sub(add_months(col(APPOINTED), windowMonths), 1);
        Dataset<Row> inWindow = training.join(appointed, Attendance.MEMBER_KEY)
                .filter(col(DAY).geq(col(APPOINTED)).and(col(DAY).leq(deadline)))
                .groupBy(col(Attendance.MEMBER_KEY)).agg(lit(true).as(SecretaryReadiness.NEW_TRAINED_IN_WINDOW));
        Column windowOver = asOf == null ? lit(true) : deadline.lt(lit(Date.valueOf(asOf)));
        Column isNew = year(col(APPOINTED)).equalTo(col(YEAR));
        Column trainedInWindow = coalesce(col(SecretaryReadiness.NEW_TRAINED_IN_WINDOW), lit(false));
        Dataset<Row> perSecretary = served
                .join(appointed, Members.MEMBER_KEY)
                .join(trainedByYear, new String[]{Members.MEMBER_KEY, YEAR}, "left")
                .join(inWindow, new String[]{Members.MEMBER_KEY}, "left")
                .withColumn(Dimensions.ALL, lit(Dimensions.ALL))
                .select(col(YEAR), col(Dimensions.ALL), col(Dimensions.UNIT_TYPE), col(Dimensions.UNIT),
                        ones(coalesce(col(SecretaryReadiness.TRAINED), lit(false))).as(SecretaryReadiness.TRAINED),
                        ones(isNew).as(SecretaryReadiness.NEWLY_APPOINTED),
                        ones(isNew.and(trainedInWindow)).as(SecretaryReadiness.NEW_TRAINED_IN_WINDOW),
                        ones(isNew.and(windowOver).and(trainedInWindow.equalTo(false))).as(SecretaryReadiness.OVERDUE));
        Column dimension = col(Indicators.DIMENSION);
        return PublishedOrder.sorted(perSecretary
                .withColumn(Indicators.DIMENSION, explode(array(LEVELS.stream().map(l -> lit(l)).toArray(Column[]::new))))
                .withColumn(Indicators.GROUP, coalesce(
                        when(dimension.equalTo(Dimensions.ALL), lit(Dimensions.ALL))
                                .when(dimension.equalTo(Dimensions.UNIT_TYPE), col(Dimensions.UNIT_TYPE))
                                .otherwise(col(Dimensions.UNIT)), lit(DimensionGroups.UNKNOWN)))
                .groupBy(col(YEAR).cast("string").as(Indicators.PERIOD), dimension, col(Indicators.GROUP))
                .agg(count(lit(1)).as(SecretaryReadiness.SECRETARIES),
                        sum(col(SecretaryReadiness.TRAINED)).as(SecretaryReadiness.TRAINED),
                        sum(col(SecretaryReadiness.NEWLY_APPOINTED)).as(SecretaryReadiness.NEWLY_APPOINTED),
                        sum(col(SecretaryReadiness.NEW_TRAINED_IN_WINDOW)).as(SecretaryReadiness.NEW_TRAINED_IN_WINDOW),
                        sum(col(SecretaryReadiness.OVERDUE)).as(SecretaryReadiness.OVERDUE))
                .withColumn(SecretaryReadiness.TRAINED_RATE,
                        rate(SecretaryReadiness.TRAINED, SecretaryReadiness.SECRETARIES))
                .withColumn(SecretaryReadiness.NEW_TRAINED_RATE,
                        rate(SecretaryReadiness.NEW_TRAINED_IN_WINDOW, SecretaryReadiness.NEWLY_APPOINTED))
                .withColumn(SecretaryReadiness.OVERDUE_RATE,
                        rate(SecretaryReadiness.OVERDUE, SecretaryReadiness.NEWLY_APPOINTED))
                .withColumn(Indicators.SUPPRESSED, col(SecretaryReadiness.SECRETARIES).lt(minCellSize)),
                col(Indicators.PERIOD), DimensionGroups.reportOrder(), col(Indicators.GROUP))
                .select(SecretaryReadiness.COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    private static Column ones(Column condition) {
        return when(condition, 1L).otherwise(0L);
    }

    /** A rate, null when nobody is in the denominator. */
    private static Column rate(String numerator, String denominator) {
        return when(col(denominator).gt(0), col(numerator).divide(col(denominator)));
    }

    private static Column greatestInt(Column c, int floor) {
        return when(c.lt(floor), lit(floor)).otherwise(c);
    }

    private static Column leastInt(Column c, int ceiling) {
        return when(c.gt(ceiling), lit(ceiling)).otherwise(c);
    }
}

package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.PublishedOrder;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The 三会一课 cadence indicator: per branch × quarter, meetings held of each cadence type (by the event's
 * branch_id), and compliant when branch_general_meeting and party_lecture were held at least once in the quarter
 * and branch_committee_meeting, group_meeting and theme_party_day at least once in each of its three months.
 * A party_lecture or theme_party_day with audience unit and no branch_id is held for every branch of its organizer
 * unit (DOMAIN.md, second edition).
 *
 * <p>The quarters are those of every year in which some event starts, up to the quarter containing the as-of
 * date; events after the as-of date are not counted. The quarter in progress is marked partial and its compliant
 * is left empty (null): the monthly rules cannot be judged before the quarter is over. Branches carry no validity
 * dates, so every branch of warehouse/branches gets a row in every quarter, with zeros and not compliant when
 * it held nothing. Meetings of a branch missing from
 * warehouse/branches are not counted.
 */
public final class BranchComplianceJob {
    private BranchComplianceJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Branches.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(BranchCompliance.NAME));
    public static final JobSpec SPEC = new JobSpec("branch_compliance", INPUTS, OUTPUTS, BranchComplianceJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    private static final String MONTHS_SUFFIX = "_months";
    private static final String UNIT_BRANCH = "_unit_branch";
    private static final String UNIT_OF = "_unit_of_branch";
    /** Cadence types a unit may hold for all its branches at once. */
    static final List<String> UNIT_WIDE_TYPES = List.of(Codes.PARTY_LECTURE, Codes.THEME_PARTY_DAY);

    public static void run(JobIO io, JobParams params) {
        io.write(OUTPUTS.get(0), branchCompliance(io.read(INPUTS.get(0)), io.read(INPUTS.get(1)), params.asOf()));
    }

    /** Cadence meetings per branch: events with a branch_id, and unit-wide lectures and theme days per branch. */
    static Dataset<Row> branchMeetings(Dataset<Row> events, Dataset<Row> branches) {
        Column type = col(Events.EVENT_TYPE);
        Dataset<Row> own = events.where(col(Events.BRANCH_ID).isNotNull().and(type.isin(Codes.CADENCE_TYPES.toArray())))
                .select(col(Events.BRANCH_ID), type, col(Events.START_TIME));
        Dataset<Row> unitWide = events.where(col(Events.BRANCH_ID).isNull()
                        .and(col(Events.AUDIENCE).equalTo(Codes.AUDIENCE_UNIT))
                        .and(type.isin(UNIT_WIDE_TYPES.toArray())))
                .join(branches.select(col(Branches.BRANCH_ID).as(UNIT_BRANCH), col(Branches.UNIT_ID).as(UNIT_OF)),
                        col(Events.ORGANIZER_UNIT_ID).equalTo(col(UNIT_OF)))
                .select(col(UNIT_BRANCH).as(Events.BRANCH_ID), type, col(Events.START_TIME));
        return own.unionByName(unitWide);
    }

    /**
     * The compliance table, columns {@link BranchCompliance#COLUMNS}, sorted by period and branch.
     *
     * @param asOf quarters starting after this date and events after it are left out, the quarter containing it is
     *             partial; null keeps all four quarters of every year, all complete
     */
    public static Dataset<Row> branchCompliance(Dataset<Row> events, Dataset<Row> branches, LocalDate asOf) {
        events = AsOf.through(events, col(Events.START_TIME), asOf);
        Dataset<Row> quarters = EventCalendar.years(events)
                .crossJoin(events.sparkSession().createDataset(List.of(1, 2, 3, 4), Encoders.INT())
                        .toDF(EventCalendar.QUARTER));
        if (asOf != null) {
            quarters = quarters.where(make_date(col(EventCalendar.YEAR),
                    col(EventCalendar.QUARTER).minus(1).multiply(3).plus(1), lit(1)).leq(lit(asOf)));
        }
        Dataset<Row> grid = branches.select(col(Branches.BRANCH_ID), col(Branches.UNIT_ID)).crossJoin(quarters);

        Dataset<Row> held = grid.join(heldPerQuarter(branchMeetings(events, branches)),
                        new String[] {Branches.BRANCH_ID, EventCalendar.YEAR, EventCalendar.QUARTER}, "left")
                .na().fill(0L, countColumns());

        Column compliant = lit(true);
        for (String type : Codes.QUARTERLY_CADENCE_TYPES) {
            compliant = compliant.and(col(type).geq(1));
        }
        for (String type : Codes.MONTHLY_CADENCE_TYPES) {
            compliant = compliant.and(col(type + MONTHS_SUFFIX).equalTo(3));
        }
        return PublishedOrder.sorted(held
                .withColumn(Indicators.PERIOD,
                        EventCalendar.quarterLabel(col(EventCalendar.YEAR), col(EventCalendar.QUARTER)))
                .withColumn(Indicators.PARTIAL, AsOf.partial(col(Indicators.PERIOD), asOf))
                .withColumn(BranchCompliance.COMPLIANT, when(not(col(Indicators.PARTIAL)), compliant))
                .select(EventCalendar.columns(BranchCompliance.COLUMNS)),
                col(Indicators.PERIOD), col(BranchCompliance.BRANCH_ID));
    }

    /**
     * Per branch, year and quarter with at least one cadence meeting: the count of each cadence type, and for the
     * monthly types the number of distinct months in which one was held.
     */
    private static Dataset<Row> heldPerQuarter(Dataset<Row> events) {
        List<Column> aggregates = new ArrayList<>();
        Column type = col(Events.EVENT_TYPE);
        for (String t : Codes.CADENCE_TYPES) {
            aggregates.add(sum(when(type.equalTo(t), 1L).otherwise(0L)).as(t));
        }
        for (String t : Codes.MONTHLY_CADENCE_TYPES) {
            aggregates.add(count_distinct(when(type.equalTo(t), month(col(EventCalendar.DATE)))).as(t + MONTHS_SUFFIX));
        }
        return EventCalendar.withCalendar(events)
                .groupBy(col(Events.BRANCH_ID).as(Branches.BRANCH_ID), col(EventCalendar.YEAR),
                        col(EventCalendar.QUARTER))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    }

    private static String[] countColumns() {
        List<String> names = new ArrayList<>(Codes.CADENCE_TYPES);
        Codes.MONTHLY_CADENCE_TYPES.forEach(t -> names.add(t + MONTHS_SUFFIX));
        return names.toArray(String[]::new);
    }
}

package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
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

    /** Cadence types a unit may hold for all its branches at once. */
    static final List<String> UNIT_WIDE_TYPES = List.of(Codes.PARTY_LECTURE, Codes.THEME_PARTY_DAY);

    public static void run(JobIO io, JobParams params) {
        io.write(OUTPUTS.get(0), branchCompliance(io.read(INPUTS.get(0)), io.read(INPUTS.get(1)), params.asOf()));
    }

    /**
     * The compliance table, columns {@link BranchCompliance#COLUMNS}, sorted by period and branch. One Spark job
     * ({@link MeetingTallies}) counts the meetings per year, quarter, branch (or organiser unit, for unit-wide ones)
     * and cadence type, with the months they fell in as a bit mask (a few rows per branch and quarter), and collects
     * the branches beside them; the grid of branches × quarters with its counts and compliance is made on the driver
     * ({@link CadenceQuarters}).
     *
     * @param asOf quarters starting after this date and events after it are left out, the quarter containing it is
     *             partial; null keeps all four quarters of every year, all complete
     */
    public static Dataset<Row> branchCompliance(Dataset<Row> events, Dataset<Row> branches, LocalDate asOf) {
        MeetingTallies.Collected inputs = MeetingTallies.collect(AsOf.through(events, col(Events.START_TIME), asOf),
                branches.select(col(Branches.BRANCH_ID), col(Branches.UNIT_ID)));
        return events.sparkSession().createDataFrame(CadenceQuarters.rows(inputs.branches(), inputs.held(), asOf),
                CadenceQuarters.SCHEMA);
    }
}

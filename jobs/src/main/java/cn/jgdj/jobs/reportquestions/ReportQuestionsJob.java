package cn.jgdj.jobs.reportquestions;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.ReportQuestions.ObservationByUnit;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;
import cn.jgdj.schemas.work.WorkTables.CreditedHours;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import com.google.auto.service.AutoService;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * indicators/observation_by_unit, training_reach and training_mix: the county report's questions that the other
 * indicator tables leave open. Events after the as-of day fall outside the years reported.
 */
public final class ReportQuestionsJob {
    private ReportQuestionsJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Units.NAME), Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Events.NAME), Catalog.warehouse(Attendance.NAME), Catalog.work(MemberPeriods.NAME),
            Catalog.work(CreditedHours.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(ObservationByUnit.NAME),
            Catalog.indicator(TrainingReach.NAME), Catalog.indicator(TrainingMix.NAME));
    public static final JobSpec SPEC = new JobSpec("report_questions", INPUTS, OUTPUTS, ReportQuestionsJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> events = AsOf.through(io.read(Catalog.warehouse(Events.NAME)),
                org.apache.spark.sql.functions.col(Events.START_TIME), params.asOf());
        Dataset<Row> attendance = io.read(Catalog.warehouse(Attendance.NAME));
        Dataset<Row> members = io.read(Catalog.warehouse(Members.NAME));
        Dataset<Row> memberPeriods = io.read(Catalog.work(MemberPeriods.NAME));
        Dataset<Row> credited = io.read(Catalog.work(CreditedHours.NAME));
        // observation_by_unit's sessions and training_mix's cells: both small totals, collected by one Spark job.
        List<List<Row>> totals = PartitionTotals.ofEach(List.of(UnitObservations.sessions(events, attendance),
                FormMix.perMemberYearCells(memberPeriods, credited, events)));
        io.write(Catalog.indicator(ObservationByUnit.NAME),
                UnitObservations.table(io.read(Catalog.warehouse(Units.NAME)), totals.get(0)));
        // training_mix's cells first: its groups give the years reported, which training_reach needs too.
        List<Row> mixCells = FormMix.cells(totals.get(1), memberPeriods, credited, events);
        io.write(Catalog.indicator(TrainingReach.NAME), ProgramReach.table(members, memberPeriods, events,
                attendance, FormRows.years(mixCells), params.minCellSize()));
        io.write(Catalog.indicator(TrainingMix.NAME), FormMix.table(io.spark(), mixCells, params.minCellSize()));
    }
}

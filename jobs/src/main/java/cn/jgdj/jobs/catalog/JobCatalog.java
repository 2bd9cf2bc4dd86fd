package cn.jgdj.jobs.catalog;

import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.coverage.CoverageJob;
import cn.jgdj.jobs.credit.CreditedHoursJob;
import cn.jgdj.jobs.dataquality.DataQualityJob;
import cn.jgdj.jobs.effectiveness.EffectivenessJob;
import cn.jgdj.jobs.events.BranchComplianceJob;
import cn.jgdj.jobs.events.ObservationCoverageJob;
import cn.jgdj.jobs.events.ParticipationJob;
import cn.jgdj.jobs.events.VenueUseJob;
import cn.jgdj.jobs.followup.FollowupJob;
import cn.jgdj.jobs.forecast.ForecastJob;
import cn.jgdj.jobs.ingest.IngestJob;
import cn.jgdj.jobs.ingest.IngestOptions;
import cn.jgdj.jobs.ingest.IngestReport;
import cn.jgdj.jobs.membership.MemberOutcomesJob;
import cn.jgdj.jobs.membership.MemberPeriodsJob;
import cn.jgdj.jobs.platform.PlatformEngagementJob;
import cn.jgdj.jobs.reportquestions.ReportQuestionsJob;
import cn.jgdj.jobs.secretary.SecretaryReadinessJob;
import cn.jgdj.jobs.trends.TrendsJob;
import cn.jgdj.jobs.underserved.UnderServedJob;
import cn.jgdj.jobs.units.UnitDirectoryJob;
import cn.jgdj.jobs.volunteer.VolunteerJob;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Every indicator job after ingest, one registration line each. The pipeline's DAG is built from this list (its
 * edges from each spec's inputs and outputs); the list order is only the order of tasks that are ready together.
 * A new job adds its {@code SPEC} here and nowhere else; the DAG rejects
 * two jobs with one name or one output.
 */
public final class JobCatalog {

    /** The jobs, in the order the DAG lists tasks that do not depend on one another. */
    public static final List<JobSpec> ALL = List.of(
            // Member indicators: credited hours → member periods → coverage, outcomes; the platform and
            // volunteer families; the restricted follow-up list.
            CreditedHoursJob.SPEC,
            MemberPeriodsJob.SPEC,
            CoverageJob.SPEC,
            MemberOutcomesJob.SPEC,
            PlatformEngagementJob.SPEC,
            VolunteerJob.SPEC,
            FollowupJob.SPEC,
            // Event indicators.
            ParticipationJob.SPEC,
            BranchComplianceJob.SPEC,
            ObservationCoverageJob.SPEC,
            VenueUseJob.SPEC,
            // Unit names for the packs.
            UnitDirectoryJob.SPEC,
            // Statistics over the indicators.
            UnderServedJob.SPEC,
            TrendsJob.SPEC,
            EffectivenessJob.SPEC,
            // Acting in time: year-end forecast, secretary readiness, data-quality scorecard.
            ForecastJob.SPEC,
            SecretaryReadinessJob.SPEC,
            DataQualityJob.SPEC,
            // The county report's own questions.
            ReportQuestionsJob.SPEC);

    private JobCatalog() {
    }

    /**
     * The ingest tasks, one per raw dataset in ingest order (references point to earlier ones), then the ingest
     * report that merges their counts. Built per run: the options (encodings) are the operator's.
     */
    public static List<JobSpec> ingest(IngestOptions options) {
        List<JobSpec> specs = new ArrayList<>();
        for (DatasetDef d : Datasets.ALL) {
            specs.add(IngestJob.spec(d.name(), options));
        }
        specs.add(IngestReport.SPEC);
        return List.copyOf(specs);
    }
}

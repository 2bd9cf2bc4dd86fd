package cn.jgdj.pipeline.dag;

import cn.jgdj.jobs.coverage.CoverageJob;
import cn.jgdj.jobs.credit.CreditedHoursJob;
import cn.jgdj.jobs.effectiveness.EffectivenessJob;
import cn.jgdj.jobs.dataquality.DataQualityJob;
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
import cn.jgdj.jobs.secretary.SecretaryReadinessJob;
import cn.jgdj.jobs.trends.TrendsJob;
import cn.jgdj.jobs.underserved.UnderServedJob;
import cn.jgdj.jobs.units.UnitDirectoryJob;
import cn.jgdj.jobs.volunteer.VolunteerJob;
import cn.jgdj.pipeline.quality.QualityGate;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product's DAG, declared once: ingest per source, the ingest report and the quality gate, the indicator
 * families, trends and under-served groups, the packs. Each job task is its class's INPUTS, OUTPUTS and run;
 * the order follows from them. The local runner, --dry-run and the Airflow export all read this declaration.
 */
public final class PipelineDag {
    /** Task names that are not a job class's own. */
    public static final String INGEST_REPORT = "ingest_report";
    public static final String QUALITY_GATE = "quality_gate";

    private PipelineDag() {
    }

    /** The logical name of a raw export: a source of the DAG, the file DATASET.csv or .xlsx in the input folder. */
    public static String raw(String dataset) {
        return "raw/" + dataset;
    }

    /** The ingest task of a raw dataset. */
    public static String ingestTask(String dataset) {
        return "ingest_" + dataset;
    }

    /** Every task of the pipeline. */
    public static Dag build(PipelineOptions options) {
        List<Task> tasks = ingestTasks(options);
        // Member indicators: credited hours → member periods → coverage, outcomes; the platform and volunteer
        // families; the restricted follow-up list.
        tasks.add(job("credited_hours", CreditedHoursJob.INPUTS, CreditedHoursJob.OUTPUTS, CreditedHoursJob::run));
        tasks.add(job("member_periods", MemberPeriodsJob.INPUTS, MemberPeriodsJob.OUTPUTS, MemberPeriodsJob::run));
        tasks.add(job("coverage", CoverageJob.INPUTS, CoverageJob.OUTPUTS, CoverageJob::run));
        tasks.add(job("member_outcomes", MemberOutcomesJob.INPUTS, MemberOutcomesJob.OUTPUTS, MemberOutcomesJob::run));
        tasks.add(job("platform_engagement", PlatformEngagementJob.INPUTS, PlatformEngagementJob.OUTPUTS,
                PlatformEngagementJob::run));
        tasks.add(job("volunteer", VolunteerJob.INPUTS, VolunteerJob.OUTPUTS, VolunteerJob::run));
        tasks.add(job("followup", FollowupJob.INPUTS, FollowupJob.OUTPUTS, FollowupJob::run));
        // Event indicators.
        tasks.add(job("participation", ParticipationJob.INPUTS, ParticipationJob.OUTPUTS, ParticipationJob::run));
        tasks.add(job("branch_compliance", BranchComplianceJob.INPUTS, BranchComplianceJob.OUTPUTS,
                BranchComplianceJob::run));
        tasks.add(job("observation_coverage", ObservationCoverageJob.INPUTS, ObservationCoverageJob.OUTPUTS,
                ObservationCoverageJob::run));
        tasks.add(job("venue_use", VenueUseJob.INPUTS, VenueUseJob.OUTPUTS, VenueUseJob::run));
        // Unit names for the packs.
        tasks.add(job("unit_directory", UnitDirectoryJob.INPUTS, UnitDirectoryJob.OUTPUTS, UnitDirectoryJob::run));
        // Statistics over the indicators.
        tasks.add(job("under_served", UnderServedJob.INPUTS, UnderServedJob.OUTPUTS, UnderServedJob::run));
        tasks.add(job("trends", TrendsJob.INPUTS, TrendsJob.OUTPUTS, TrendsJob::run));
        tasks.add(job("effectiveness", EffectivenessJob.INPUTS, EffectivenessJob.OUTPUTS, EffectivenessJob::run));
        // Acting in time: year-end forecast, secretary readiness, data-quality scorecard.
        tasks.add(job("forecast", ForecastJob.INPUTS, ForecastJob.OUTPUTS, ForecastJob::run));
        tasks.add(job("secretary_readiness", SecretaryReadinessJob.INPUTS, SecretaryReadinessJob.OUTPUTS, SecretaryReadinessJob::run));
        tasks.add(job("data_quality", DataQualityJob.INPUTS, DataQualityJob.OUTPUTS, DataQualityJob::run));
        tasks.add(job("report_questions", cn.jgdj.jobs.reportquestions.ReportQuestionsJob.INPUTS,
                cn.jgdj.jobs.reportquestions.ReportQuestionsJob.OUTPUTS, cn.jgdj.jobs.reportquestions.ReportQuestionsJob::run));
        Set<String> produced = new HashSet<>();
        tasks.forEach(t -> produced.addAll(t.outputs()));
        tasks.addAll(PackTasks.tasks(options, produced));
        return Dag.of(sources(options), tasks);
    }

    /** Ingest, the ingest report and the quality gate only: what 'pipeline ingest' runs. */
    public static Dag ingest(PipelineOptions options) {
        return Dag.of(sources(options), ingestTasks(options));
    }

    private static List<Task> ingestTasks(PipelineOptions options) {
        IngestOptions ingestOptions = new IngestOptions(options.encodings());
        List<Task> tasks = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (DatasetDef d : Datasets.ALL) {
            String name = d.name();
            tasks.add(new Task(ingestTask(name), Task.inputs(raw(name), IngestJob.inputs(name)),
                    IngestJob.outputs(name), (io, params) -> IngestJob.run(io, params, name, ingestOptions)));
            counts.add(Catalog.ingestCounts(name));
        }
        tasks.add(new Task(INGEST_REPORT, counts, List.of(Catalog.INGEST_REPORT), (io, params) -> IngestReport.merge(io)));
        QualityGate gate = new QualityGate(options.maxQuarantineShare());
        tasks.add(new Task(QUALITY_GATE, QualityGate.INPUTS, QualityGate.OUTPUTS, gate::run));
        return tasks;
    }

    /** A job task. One that reads the warehouse also waits for the gate's verdict: it trusts no unchecked data. */
    private static Task job(String name, List<String> inputs, List<String> outputs, TaskAction action) {
        boolean readsWarehouse = inputs.stream().anyMatch(i -> i.startsWith("warehouse/"));
        return new Task(name, readsWarehouse ? Task.inputs(inputs, QualityGate.VERDICT) : inputs, outputs, action);
    }

    /** The raw exports: one source per dataset, DATASET.csv or DATASET.xlsx in the input folder. */
    static Map<String, String> sources(PipelineOptions options) {
        Map<String, String> sources = new LinkedHashMap<>();
        String dir = options.inputDir().endsWith("/") ? options.inputDir() : options.inputDir() + "/";
        for (DatasetDef d : Datasets.ALL) {
            sources.put(raw(d.name()), dir + d.name() + ".{csv,xlsx}");
        }
        return sources;
    }
}

package cn.jgdj.jobs.membership;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.coverage.CoverageJob;
import cn.jgdj.jobs.credit.CreditedHoursJob;
import cn.jgdj.jobs.followup.FollowupJob;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.platform.PlatformEngagementJob;
import cn.jgdj.jobs.volunteer.VolunteerJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.spark.sql.SparkSession;

/**
 * Benchmark of the member indicator jobs: {@code MemberIndicatorsBenchmark MEMBERS YEARS [OUT]} writes a synthetic
 * curated county (SyntheticCounty) and times each job from credited hours to followup, one run each, printing wall
 * seconds per job. Run it from the jobs module's test classpath with the Spark JVM options, e.g.
 * {@code java $(spark.jvm.opens) -cp jobs/target/classes:jobs/target/test-classes:schemas/target/classes:<deps>
 * cn.jgdj.jobs.membership.MemberIndicatorsBenchmark 10000 5}.
 */
public final class MemberIndicatorsBenchmark {
    private MemberIndicatorsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("jgdj-members-bench-");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("member-indicators-benchmark")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        try {
            StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/bench").toString());
            long t0 = System.nanoTime();
            new SyntheticCounty(spark, members, 2026 - years, years, 42L).writeTo(io);
            System.out.printf("synthetic county: %,d members, %d years in %.1f s (%s)%n", members, years,
                    (System.nanoTime() - t0) / 1e9, out);
            JobParams params = new JobParams(null, null, JobParams.DEFAULT_MIN_CELL_SIZE, null, null, null, true);
            Map<String, BiConsumer<JobIO, JobParams>> jobs = new LinkedHashMap<>();
            jobs.put("credited_hours", CreditedHoursJob::run);
            jobs.put("member_periods", MemberPeriodsJob::run);
            jobs.put("coverage", CoverageJob::run);
            jobs.put("member_outcomes", MemberOutcomesJob::run);
            jobs.put("platform_engagement", PlatformEngagementJob::run);
            jobs.put("volunteer", VolunteerJob::run);
            jobs.put("followup", FollowupJob::run);
            double total = 0;
            for (Map.Entry<String, BiConsumer<JobIO, JobParams>> job : jobs.entrySet()) {
                long t = System.nanoTime();
                job.getValue().accept(io, params);
                io.commit();
                double s = (System.nanoTime() - t) / 1e9;
                total += s;
                System.out.printf("%-20s %7.1f s%n", job.getKey(), s);
            }
            System.out.printf("%-20s %7.1f s%n", "total", total);
        } finally {
            spark.stop();
        }
    }
}

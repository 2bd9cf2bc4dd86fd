package cn.jgdj.pipeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import cn.jgdj.pipeline.runner.GeneratedCodeJit;
import cn.jgdj.pipeline.runner.SmallCounty;
import java.util.Locale;
import org.apache.spark.metrics.source.CodegenMetrics$;
import org.apache.spark.sql.catalyst.rules.QueryExecutionMetering;
import org.apache.spark.sql.catalyst.rules.RuleExecutor$;

/**
 * What compiling code and planning cost the run, the part of the fixed cost per Spark plan that no Spark figure
 * shows: the CPU of the JVM's JIT compiler threads (HotSpot's C1 and C2, read from Linux's per-thread /proc figures,
 * so unknown elsewhere), the number of classes Spark generated and compiled with Janino (Spark's codegen metrics:
 * every compile is a cache miss, and each compiled class is new code for the JIT too), and the time spent inside
 * Catalyst's analyser and optimiser rules (Spark's own rule metering, always on: the time each rule ran, added up
 * over every plan and thread, so with tasks side by side it includes waiting for a core).
 *
 * @param c2Seconds     CPU seconds of the C2 compiler thread(s), or -1 when unknown
 * @param c1Seconds     CPU seconds of the C1 compiler thread(s), or -1 when unknown
 * @param janinoClasses Spark's generated classes compiled so far
 * @param generatedCode what became of the rule that keeps generated code out of C2 ({@code GeneratedCodeJit})
 * @param smallCounty   what became of the small county's rule that keeps all code in C1 ({@code SmallCounty}), or
 *                      null when the county was not small
 * @param ruleSeconds   seconds inside Catalyst's rules
 * @param ruleRuns      Catalyst rule runs (each rule applied once to one plan)
 */
record CompileWork(double c2Seconds, double c1Seconds, long janinoClasses, String generatedCode, String smallCounty,
                   double ruleSeconds, long ruleRuns) {
    private static final Path THREADS = Path.of("/proc/self/task");
    /** Linux reports thread CPU in clock ticks; USER_HZ is 100 on every mainstream kernel configuration. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** The figures since this JVM started. */
    static CompileWork now() {
        double c2 = 0;
        double c1 = 0;
        boolean known = false;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(THREADS)) {
            for (Path t : threads) {
                String name;
                String stat;
                try {
                    name = Files.readString(t.resolve("comm"), StandardCharsets.UTF_8).trim();
                    stat = Files.readString(t.resolve("stat"), StandardCharsets.UTF_8);
                } catch (IOException gone) {
                    continue; // the thread ended while the folder was listed
                }
                known = true;
                if (name.startsWith("C2 Compiler")) {
                    c2 += cpuSeconds(stat);
                } else if (name.startsWith("C1 Compiler")) {
                    c1 += cpuSeconds(stat);
                }
            }
        } catch (IOException | UnsupportedOperationException notLinux) {
            known = false;
        }
        long classes = CodegenMetrics$.MODULE$.METRIC_COMPILATION_TIME().getCount();
        String rule = GeneratedCodeJit.outcome();
        String small = SmallCounty.jitOutcome();
        QueryExecutionMetering rules = RuleExecutor$.MODULE$.queryExecutionMeter();
        double ruleSeconds = rules.totalTime() / 1e9;
        long ruleRuns = rules.totalNumRuns();
        return known ? new CompileWork(c2, c1, classes, rule, small, ruleSeconds, ruleRuns)
                : new CompileWork(-1, -1, classes, rule, small, ruleSeconds, ruleRuns);
    }

    /** utime + stime of a /proc/PID/task/TID/stat line (fields 14 and 15, counted after the command's ')'). */
    static double cpuSeconds(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After ')': field 3 (state) is f[0], so field n is f[n - 3].
        return (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) / TICKS_PER_SECOND;
    }

    /** The work between an earlier reading and this one. */
    CompileWork minus(CompileWork before) {
        boolean known = c2Seconds >= 0 && before.c2Seconds >= 0;
        return new CompileWork(known ? c2Seconds - before.c2Seconds : -1, known ? c1Seconds - before.c1Seconds : -1,
                janinoClasses - before.janinoClasses, generatedCode, smallCounty, ruleSeconds - before.ruleSeconds,
                ruleRuns - before.ruleRuns);
    }

    /** The benchmark report's lines. */
    String line() {
        String jit = c2Seconds < 0 ? "JIT compiler threads' CPU unknown (no /proc)"
                : String.format(Locale.ROOT, "JIT compiler threads %.1f CPU s (C2 %.1f, C1 %.1f)",
                        c2Seconds + c1Seconds, c2Seconds, c1Seconds);
        return String.format(Locale.ROOT, "%s; Spark compiled %,d generated classes (Janino); keeping them out of C2: "
                + "%s%s.%n", jit, janinoClasses, generatedCode == null ? "not tried" : generatedCode,
                smallCounty == null ? "" : "; small county, all code kept in C1: " + smallCounty)
                + String.format(Locale.ROOT, "Catalyst's analyser and optimiser rules %.1f s (%,d rule runs).%n",
                ruleSeconds, ruleRuns);
    }
}

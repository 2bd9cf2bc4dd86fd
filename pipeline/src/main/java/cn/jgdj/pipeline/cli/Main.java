package cn.jgdj.pipeline.cli;

import cn.jgdj.pipeline.runner.LocalFiles;
import cn.jgdj.pipeline.runner.SparkSessions;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code pipeline} command line. The same class runs locally (bin/pipeline) and under
 * {@code spark-submit --class cn.jgdj.pipeline.cli.Main <jar> run ...} on a cluster.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {
                "Party-member education and training analytics (机关党员教育培训): ingests the county's raw "
                        + "exports, computes the indicators and renders the review packs.",
                "",
                "New here? 'pipeline demo' generates a demo county and runs everything on it."},
        subcommands = {DemoCommand.class, GenerateCommand.class, IngestCommand.class, RunCommand.class,
                ReportCommand.class, AirflowGroup.class, BenchmarkCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  # a demo county end to end, into ./demo-out",
                "  pipeline demo",
                "  # the whole pipeline on a folder of exports",
                "  pipeline run --input exports/ --out out/",
                "  # pick up a failed run where it stopped",
                "  pipeline run --out out/ --resume 20261127T172501-ab12",
                "  # every command has its own help with examples",
                "  pipeline run --help"})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an error, print the full Java stack trace.")
    boolean stacktrace;

    private final CliContext context;

    Main(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line in this JVM and returns its exit code (see {@link ExitCodes}). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(CliContext.of(out, err), args);
    }

    /** As {@link #run(PrintStream, PrintStream, String...)} with a given environment (tests). */
    public static int run(CliContext context, String... args) {
        if (SparkSessions.runsLocally(new SparkConf())) {
            LocalFiles.withoutShellCommands(); // before any command opens a file system
        }
        CommandLine cl = new CommandLine(new Main(context));
        cl.setOut(new PrintWriter(context.out(), true));
        cl.setErr(new PrintWriter(context.err(), true));
        cl.setExecutionExceptionHandler(ExitCodes::onException);
        cl.setParameterExceptionHandler(ExitCodes::onParameterError);
        cl.setUsageHelpLongOptionsMaxWidth(32);
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
    }

    static boolean stacktraceRequested(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof Main m && m.stacktrace;
    }

    /** The version from the jar's manifest (the Maven project version). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"jgdj pipeline " + (v == null ? "(development build)" : v)};
        }
    }
}

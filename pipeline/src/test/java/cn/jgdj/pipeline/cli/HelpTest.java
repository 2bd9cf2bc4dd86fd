package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command answers --help with exit 0 and at least one example of itself; bad command lines exit 2. */
class HelpTest {

    /** Every command path, found by walking the command tree (so a new command is covered without edits). */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        walk(new CommandLine(new Main(null)), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void walk(CommandLine cmd, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cmd.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                walk(sub, p, out);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpExitsZeroAndShowsAnExample(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        Cli r = Cli.run(args.toArray(String[]::new));

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Examples:"), r.out());
        String self = String.join(" ", Stream.concat(Stream.of("pipeline"), path.stream()).toList());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(self)),
                "an example starts with '" + self + "':\n" + r.out());
    }

    @Test
    void theCommandTreeHasTheDocumentedCommands() {
        List<String> names = commands().map(p -> String.join(" ", p)).toList();
        assertTrue(names.containsAll(List.of("", "demo", "generate", "ingest", "run", "report", "airflow",
                "airflow trigger", "airflow status")), names.toString());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no command given"), r.err());
        assertTrue(r.err().contains("Try 'pipeline --help'"), r.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli r = Cli.run("airflow", "status", "--url", "http://x", "--run", "r", "--bogus");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("Try 'pipeline airflow status --help'"), r.err());
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        Cli r = Cli.run("airflow", "trigger", "--url", "http://127.0.0.1:9");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Missing required option: '--period=PERIOD'"), r.err());
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        Cli r = Cli.run("airflw");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("airflow"), r.err());
    }

    @Test
    void airflowCommandsReadCredentialsFromTheGivenEnvironmentOnly() {
        Cli r = Cli.run(java.util.Map.of(), "airflow", "trigger", "--url", "http://127.0.0.1:9", "--period", "2025");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no Airflow credentials"), r.err());
    }
}

package cn.jgdj.pipeline.cli;

import cn.jgdj.generator.GeneratorConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The demo county's size and seed, shared by generate, demo and benchmark. */
final class GeneratorOptions {

    @Option(names = "--members", paramLabel = "N", defaultValue = "" + GeneratorConfig.DEFAULT_MEMBERS,
            description = "Party members in the county (default: ${DEFAULT-VALUE}; at least 50).")
    int members;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "" + GeneratorConfig.DEFAULT_YEARS,
            description = "Full calendar years of data (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--last-year", paramLabel = "YYYY", defaultValue = "" + GeneratorConfig.DEFAULT_LAST_YEAR,
            description = "The last year of data (default: ${DEFAULT-VALUE}).")
    int lastYear;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + GeneratorConfig.DEFAULT_SEED,
            description = "Random seed; the same seed writes the same files byte for byte (default: ${DEFAULT-VALUE}).")
    long seed;

    GeneratorConfig config(Path out) {
        return config(out, members);
    }

    /** The same county at another size (benchmark --ladder). */
    GeneratorConfig config(Path out, int memberCount) {
        try {
            return new GeneratorConfig(out, memberCount, years, lastYear, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}

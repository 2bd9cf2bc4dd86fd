package cn.jgdj.pipeline.cli;

import cn.jgdj.generator.DemoCountyGenerator;
import cn.jgdj.generator.GenerationSummary;
import cn.jgdj.pipeline.ExitCode;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pipeline generate}: writes a demo county's raw exports, as messy as real ones. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write the raw exports of a demo county: units, branches, venues, members, events, "
                + "attendance, platform usage and volunteer logs, in mixed encodings, header languages and "
                + "formats, with a counted share of dirty rows and some planted under-served groups.",
                "OUT/truth.json lists what was planted, so the pipeline's results can be checked against it."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  pipeline generate --out demo-in/",
                "  pipeline generate --out small-in/ --members 300 --years 2 --seed 7",
                "  # then run the pipeline on it",
                "  pipeline run --input demo-in/ --out demo-out/"})
final class GenerateCommand extends PipelineCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the exports to.")
    Path out;

    @Mixin
    GeneratorOptions county;

    @Override
    protected int execute() throws Exception {
        GenerationSummary summary = DemoCountyGenerator.generate(county.config(out));
        out().print(summary.describe());
        return ExitCode.OK;
    }
}

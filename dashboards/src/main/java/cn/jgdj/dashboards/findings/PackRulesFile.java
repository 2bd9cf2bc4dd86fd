package cn.jgdj.dashboards.findings;

import cn.jgdj.dashboards.data.IndicatorFileException;
import cn.jgdj.dashboards.data.RunFacts;
import cn.jgdj.schemas.AttentionRules;
import cn.jgdj.schemas.CreditRules;
import cn.jgdj.schemas.RequirementHours;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the rules the packs apply or quote, as the run used them: the units_needing_attention section and the 学时
 * requirements of the period's year. From the run's rules file when the run record names one that is still there,
 * else the built-in rules file (a resource of the jobs module, on the classpath wherever the pipeline runs), else
 * the built-in values.
 */
public final class PackRulesFile {
    /** The classpath resource of the built-in rules file (jobs' Rules.DEFAULT_RESOURCE). */
    static final String BUILT_IN = "rules/default-rules.yaml";

    private PackRulesFile() {
    }

    /** What the packs take from a rules file: the attention thresholds and the period year's 学时 rules. */
    public record PackRules(AttentionRules attention, CreditRules credit) {
        public static final PackRules BUILT_IN_VALUES = new PackRules(AttentionRules.DEFAULT, CreditRules.DEFAULT);

        public RequirementHours requirements() {
            return credit.requirements();
        }
    }

    /** The rules the packs of {@code year} apply, the file read and parsed once. */
    public static PackRules load(RunFacts run, int year) {
        RulesText text = find(run);
        if (text == null) {
            return PackRules.BUILT_IN_VALUES;
        }
        JsonNode root = readTree(text.yaml(), text.source());
        return new PackRules(attention(root, text.source()), credit(root, text.source(), year));
    }

    /** The 学时 requirements of {@code year} in the same rules file (the built-in values when there is none). */
    public static RequirementHours requirements(RunFacts run, int year) {
        return load(run, year).requirements();
    }

    /** The 学时 requirements of {@code year} in a rules file's text. */
    public static RequirementHours requirements(String yaml, String source, int year) {
        return requirements(readTree(yaml, source), source, year);
    }

    /** The 学时 rules of {@code year} in a rules file's text. */
    public static CreditRules credit(String yaml, String source, int year) {
        return credit(readTree(yaml, source), source, year);
    }

    private static CreditRules credit(JsonNode root, String source, int year) {
        try {
            return CreditRules.fromRulesFile(root, year, source);
        } catch (IllegalArgumentException e) {
            throw new IndicatorFileException(e.getMessage(), e);
        }
    }

    private static RequirementHours requirements(JsonNode root, String source, int year) {
        try {
            return RequirementHours.fromRulesFile(root, year, source);
        } catch (IllegalArgumentException e) {
            throw new IndicatorFileException(e.getMessage(), e);
        }
    }

    private record RulesText(String yaml, String source) {
    }

    /** The run's rules file when it names one that is still there, else the built-in one; null when neither. */
    private static RulesText find(RunFacts run) {
        if (run != null && run.rules() != null && !run.builtInRules()) {
            Path file = Path.of(run.rules());
            if (Files.isRegularFile(file)) {
                try {
                    return new RulesText(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                } catch (IOException e) {
                    throw new IndicatorFileException("rules file " + file + ": cannot read: " + e.getMessage(), e);
                }
            }
        }
        try (InputStream in = PackRulesFile.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            return in == null ? null
                    : new RulesText(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + BUILT_IN);
        } catch (IOException e) {
            throw new IndicatorFileException("built-in rules " + BUILT_IN + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode readTree(String yaml, String source) {
        try {
            return new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new IndicatorFileException("rules file " + source + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** The section of a rules file's text. */
    public static AttentionRules parse(String yaml, String source) {
        return attention(readTree(yaml, source), source);
    }

    private static AttentionRules attention(JsonNode root, String source) {
        try {
            return AttentionRules.fromRulesFile(root, source);
        } catch (IllegalArgumentException e) {
            throw new IndicatorFileException(e.getMessage(), e);
        }
    }
}

package cn.jgdj.jobs.rules;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.JobParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;

/**
 * The operator's rules: the minimum cell size and the 学时 rule versions by year (see default-rules.yaml).
 *
 * @param source      where the rules came from (a file path or the built-in resource), for messages
 * @param minCellSize the default minimum cell size; JobParams.minCellSize is the one in force
 * @param versions    rule versions in ascending `from` order, at least one
 * @param secretaryTrainingWindowMonths months within which a newly appointed secretary must be trained
 * @param dataQualityThresholds         per data-quality check, the share of a unit's rows above which the unit
 *                                      needs review
 */
public record Rules(String source, int minCellSize, List<RuleSet> versions, int secretaryTrainingWindowMonths,
                    Map<String, Double> dataQualityThresholds) {

    public static final int DEFAULT_SECRETARY_TRAINING_WINDOW_MONTHS = 6;
    /** Data-quality checks (Indicators.DataQuality check ids) and their default thresholds. */
    public static final Map<String, Double> DEFAULT_DATA_QUALITY_THRESHOLDS = defaultThresholds();

    private static Map<String, Double> defaultThresholds() {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put(cn.jgdj.schemas.indicators.Indicators.DataQuality.SET_ASIDE, 0.05);
        m.put(cn.jgdj.schemas.indicators.Indicators.DataQuality.ASSUMED_ROSTER, 0.02);
        m.put(cn.jgdj.schemas.indicators.Indicators.DataQuality.EVENT_WITHOUT_END_OR_VENUE, 0.02);
        m.put(cn.jgdj.schemas.indicators.Indicators.DataQuality.PLATFORM_AFTER_VALIDITY, 0.01);
        m.put(cn.jgdj.schemas.indicators.Indicators.DataQuality.EXACT_DUPLICATE, 0.02);
        m.put(cn.jgdj.schemas.indicators.Indicators.DataQuality.SUPERSEDED, 0.10);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Rules with the default secretary window and data-quality thresholds. */
    public Rules(String source, int minCellSize, List<RuleSet> versions) {
        this(source, minCellSize, versions, DEFAULT_SECRETARY_TRAINING_WINDOW_MONTHS,
                DEFAULT_DATA_QUALITY_THRESHOLDS);
    }

    /** The classpath resource holding the built-in rules (those of DOMAIN.md). */
    public static final String DEFAULT_RESOURCE = "rules/default-rules.yaml";

    public Rules {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("rules " + source + ": no versions");
        }
        versions = versions.stream().sorted(Comparator.comparingInt(RuleSet::from)).toList();
    }

    /** The built-in rules: 32 学时, 56 for secretaries, exempt excluded, pro-rated by month, cap 8 a day. */
    public static Rules defaults() {
        try (InputStream in = Rules.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in rules resource " + DEFAULT_RESOURCE + " is missing");
            }
            return RulesFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "built-in " + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading built-in " + DEFAULT_RESOURCE, e);
        }
    }

    /** Reads a rules file (YAML or JSON); errors name the file, the key and the value. */
    public static Rules load(String path) {
        String text;
        try {
            text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("rules file " + path + " cannot be read: " + e, e);
        }
        return RulesFile.parse(text, path);
    }

    /** The rules a job runs under: the file named in the params, else the built-in defaults. */
    public static Rules forParams(JobParams params) {
        return params.rulesFile() == null ? defaults() : load(params.rulesFile());
    }

    /** The latest version whose `from` is at or before the year. */
    public RuleSet rulesFor(int year) {
        RuleSet found = null;
        for (RuleSet v : versions) {
            if (v.from() <= year) {
                found = v;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(noVersionMessage() + year);
        }
        return found;
    }

    /**
     * A Spark column giving one rule field for the year in {@code year}, so a job covering several years applies
     * each year's rules; a year before the first version fails the query with the same message as rulesFor.
     */
    public Column byYear(Column year, Function<RuleSet, ?> field) {
        Column result = null;
        for (int i = versions.size() - 1; i >= 0; i--) {
            RuleSet v = versions.get(i);
            Column test = year.geq(lit(v.from()));
            result = result == null ? when(test, lit(field.apply(v))) : result.when(test, lit(field.apply(v)));
        }
        return result.otherwise(raise_error(concat(lit(noVersionMessage()), year.cast("string"))));
    }

    private String noVersionMessage() {
        return "rules " + source + ": no version applies (the earliest has from: " + versions.get(0).from()
                + ") to year ";
    }
}

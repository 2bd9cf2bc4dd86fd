package cn.jgdj.jobs.rules;

import cn.jgdj.schemas.AttentionRules;
import cn.jgdj.schemas.CreditRules;
import cn.jgdj.schemas.RequirementHours;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses and checks the text of a rules file; every error names the file, the key and the value. */
final class RulesFile {
    static final String MIN_CELL_SIZE = "min_cell_size";
    // Shared with the packs, which quote these rules in their definitions and captions.
    static final String VERSIONS = RequirementHours.VERSIONS;
    static final String FROM = RequirementHours.FROM;
    static final String REQUIREMENT_HOURS = RequirementHours.REQUIREMENT_HOURS;
    static final String SECRETARY_REQUIREMENT_HOURS = RequirementHours.SECRETARY_REQUIREMENT_HOURS;
    static final String EXEMPT_EXCLUDED = CreditRules.EXEMPT_EXCLUDED;
    static final String PRORATE_BY_MONTH = CreditRules.PRORATE_BY_MONTH;
    static final String DAILY_CREDIT_CAP_HOURS = CreditRules.DAILY_CREDIT_CAP_HOURS;
    static final String PLATFORM_MINUTES_COUNT = CreditRules.PLATFORM_MINUTES_COUNT;
    static final String PLATFORM_MINUTES_PER_CREDIT_HOUR = CreditRules.PLATFORM_MINUTES_PER_CREDIT_HOUR;
    static final String PLATFORM_ANNUAL_CAP_HOURS = CreditRules.PLATFORM_ANNUAL_CAP_HOURS;

    static final String SECRETARY_TRAINING_WINDOW_MONTHS = CreditRules.SECRETARY_TRAINING_WINDOW_MONTHS;
    static final String DATA_QUALITY_THRESHOLDS = "data_quality_thresholds";

    private static final List<String> TOP_KEYS = List.of(MIN_CELL_SIZE, VERSIONS, SECRETARY_TRAINING_WINDOW_MONTHS,
            DATA_QUALITY_THRESHOLDS, AttentionRules.KEY);
    /** Keys of a version besides `from`, in file order. */
    private static final List<String> VERSION_KEYS = List.of(REQUIREMENT_HOURS, SECRETARY_REQUIREMENT_HOURS,
            EXEMPT_EXCLUDED, PRORATE_BY_MONTH, DAILY_CREDIT_CAP_HOURS, PLATFORM_MINUTES_COUNT,
            PLATFORM_MINUTES_PER_CREDIT_HOUR, PLATFORM_ANNUAL_CAP_HOURS);

    private final String source;

    private RulesFile(String source) {
        this.source = source;
    }

    static Rules parse(String text, String source) {
        return new RulesFile(source).parse(text);
    }

    private Rules parse(String text) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rules file " + source + " is not valid YAML: "
                    + e.getOriginalMessage() + locationOf(e), e);
        }
        if (root == null || !root.isObject()) {
            throw error("(top level)", root, "must be a mapping with keys " + TOP_KEYS);
        }
        checkKeys(root, "", TOP_KEYS);
        int minCellSize = wholeNumber(require(root, MIN_CELL_SIZE, MIN_CELL_SIZE), MIN_CELL_SIZE, 1);
        JsonNode versionsNode = require(root, VERSIONS, VERSIONS);
        if (!versionsNode.isArray() || versionsNode.isEmpty()) {
            throw error(VERSIONS, versionsNode, "must be a non-empty list of versions");
        }
        List<RuleSet> versions = new ArrayList<>();
        Map<String, JsonNode> inherited = new LinkedHashMap<>();
        Set<Integer> froms = new HashSet<>();
        Integer previousFrom = null;
        for (int i = 0; i < versionsNode.size(); i++) {
            String at = VERSIONS + "[" + i + "]";
            JsonNode v = versionsNode.get(i);
            if (!v.isObject()) {
                throw error(at, v, "must be a mapping");
            }
            List<String> allowed = new ArrayList<>(VERSION_KEYS);
            allowed.add(0, FROM);
            checkKeys(v, at + ".", allowed);
            int from = wholeNumber(require(v, FROM, at + "." + FROM), at + "." + FROM, 0);
            if (!froms.add(from)) {
                throw error(at + "." + FROM, v.get(FROM), "repeats the from year of an earlier version");
            }
            if (previousFrom != null && from < previousFrom) {
                throw error(at + "." + FROM, v.get(FROM), "must be later than the version before it ("
                        + previousFrom + ")");
            }
            previousFrom = from;
            // A later version lists only what changes; the rest comes from the version before it.
            Map<String, String> where = new LinkedHashMap<>();
            for (String key : VERSION_KEYS) {
                if (v.has(key)) {
                    inherited.put(key, v.get(key));
                }
                if (!inherited.containsKey(key)) {
                    throw error(at + "." + key, null, "is missing (the first version must give every key: "
                            + VERSION_KEYS + ")");
                }
                where.put(key, v.has(key) ? at + "." + key : at + "." + key + " (inherited)");
            }
            versions.add(new RuleSet(from,
                    wholeNumber(inherited.get(REQUIREMENT_HOURS), where.get(REQUIREMENT_HOURS), 0),
                    wholeNumber(inherited.get(SECRETARY_REQUIREMENT_HOURS), where.get(SECRETARY_REQUIREMENT_HOURS), 0),
                    bool(inherited.get(EXEMPT_EXCLUDED), where.get(EXEMPT_EXCLUDED)),
                    bool(inherited.get(PRORATE_BY_MONTH), where.get(PRORATE_BY_MONTH)),
                    positive(inherited.get(DAILY_CREDIT_CAP_HOURS), where.get(DAILY_CREDIT_CAP_HOURS)),
                    bool(inherited.get(PLATFORM_MINUTES_COUNT), where.get(PLATFORM_MINUTES_COUNT)),
                    positive(inherited.get(PLATFORM_MINUTES_PER_CREDIT_HOUR),
                            where.get(PLATFORM_MINUTES_PER_CREDIT_HOUR)),
                    nonNegative(inherited.get(PLATFORM_ANNUAL_CAP_HOURS), where.get(PLATFORM_ANNUAL_CAP_HOURS))));
        }
        int window = root.has(SECRETARY_TRAINING_WINDOW_MONTHS)
                ? wholeNumber(root.get(SECRETARY_TRAINING_WINDOW_MONTHS), SECRETARY_TRAINING_WINDOW_MONTHS, 1)
                : Rules.DEFAULT_SECRETARY_TRAINING_WINDOW_MONTHS;
        Map<String, Double> thresholds = new LinkedHashMap<>(Rules.DEFAULT_DATA_QUALITY_THRESHOLDS);
        JsonNode t = root.get(DATA_QUALITY_THRESHOLDS);
        if (t != null) {
            if (!t.isObject()) {
                throw error(DATA_QUALITY_THRESHOLDS, t, "must be a mapping of check to share");
            }
            checkKeys(t, DATA_QUALITY_THRESHOLDS + ".", List.copyOf(Rules.DEFAULT_DATA_QUALITY_THRESHOLDS.keySet()));
            for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
                String check = it.next();
                String at = DATA_QUALITY_THRESHOLDS + "." + check;
                double share = nonNegative(t.get(check), at);
                if (share > 1) {
                    throw error(at, t.get(check), "must be a share between 0 and 1");
                }
                thresholds.put(check, share);
            }
        }
        AttentionRules.fromRulesFile(root, source); // the packs apply this section; a bad value fails here already
        return new Rules(source, minCellSize, versions, window, Map.copyOf(thresholds));
    }

    private void checkKeys(JsonNode node, String prefix, List<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("rules file " + source + ": unknown key '" + prefix + key
                        + "' (known keys: " + allowed + ")");
            }
        }
    }

    private JsonNode require(JsonNode node, String key, String at) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw error(at, null, "is missing");
        }
        return value;
    }

    private int wholeNumber(JsonNode node, String at, int min) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min) {
            throw error(at, node, "must be a whole number >= " + min);
        }
        return node.intValue();
    }

    private boolean bool(JsonNode node, String at) {
        if (node == null || !node.isBoolean()) {
            throw error(at, node, "must be true or false");
        }
        return node.booleanValue();
    }

    private double positive(JsonNode node, String at) {
        if (node == null || !node.isNumber() || !(node.doubleValue() > 0)) {
            throw error(at, node, "must be a number > 0");
        }
        return node.doubleValue();
    }

    private double nonNegative(JsonNode node, String at) {
        if (node == null || !node.isNumber() || !(node.doubleValue() >= 0)) {
            throw error(at, node, "must be a number >= 0");
        }
        return node.doubleValue();
    }

    private IllegalArgumentException error(String key, JsonNode value, String problem) {
        String shown = value == null ? "" : " '" + (value.isValueNode() ? value.asText() : value.toString()) + "'";
        return new IllegalArgumentException("rules file " + source + ": " + key + shown + " " + problem);
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}

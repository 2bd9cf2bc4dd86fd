package cn.jgdj.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;

/**
 * The rules-file section {@code units_needing_attention}: when the packs list a unit as needing attention and which
 * units head the summary page as 重点关注. The jobs check the section when they read the rules file; the packs apply
 * it. Every value has the default of the built-in rules file (jobs' rules/default-rules.yaml).
 *
 * @param belowCountyPoints a unit's attainment or 三会一课 cadence this many points under the county figure is a
 *                          reason for attention (attainment significantly below the other units always is)
 * @param focusMinAreas     重点关注 when the unit is below threshold in at least this many areas (attainment,
 *                          三会一课, observation, data quality)
 * @param focusBranchShare  重点关注 when at least this share of the unit's branches missed the cadence in every
 *                          quarter so far
 * @param focusMaxUnits     at most this many units on the summary page's 重点关注 list; the appendix lists them all
 */
public record AttentionRules(double belowCountyPoints, int focusMinAreas, double focusBranchShare,
                             int focusMaxUnits) {

    /** The section's key in the rules file. */
    public static final String KEY = "units_needing_attention";
    public static final String BELOW_COUNTY_POINTS = "below_county_points";
    public static final String FOCUS_MIN_AREAS = "focus_min_areas";
    public static final String FOCUS_BRANCH_SHARE = "focus_branch_share";
    public static final String FOCUS_MAX_UNITS = "focus_max_units";
    private static final List<String> KEYS = List.of(BELOW_COUNTY_POINTS, FOCUS_MIN_AREAS, FOCUS_BRANCH_SHARE,
            FOCUS_MAX_UNITS);

    /** The values of the built-in rules file. */
    public static final AttentionRules DEFAULT = new AttentionRules(10, 2, 0.5, 8);

    public AttentionRules {
        if (!(belowCountyPoints >= 0) || focusMinAreas < 1 || !(focusBranchShare > 0 && focusBranchShare <= 1)
                || focusMaxUnits < 1) {
            throw new IllegalArgumentException("attention rules out of range: " + belowCountyPoints + ", "
                    + focusMinAreas + ", " + focusBranchShare + ", " + focusMaxUnits);
        }
    }

    /**
     * The section as read from a rules file's top-level node (null or absent: the defaults); keys left out keep
     * their defaults. An unknown key or a value out of range is an error naming the file, the key and the value.
     */
    public static AttentionRules fromRulesFile(JsonNode root, String source) {
        JsonNode s = root == null ? null : root.get(KEY);
        if (s == null || s.isNull()) {
            return DEFAULT;
        }
        if (!s.isObject()) {
            throw error(source, KEY, s, "must be a mapping with keys " + KEYS);
        }
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("rules file " + source + ": unknown key '" + KEY + "." + k
                        + "' (known keys: " + KEYS + ")");
            }
        }
        double points = number(s, BELOW_COUNTY_POINTS, source, DEFAULT.belowCountyPoints, 0, 100);
        double areas = number(s, FOCUS_MIN_AREAS, source, DEFAULT.focusMinAreas, 1, 4);
        double share = number(s, FOCUS_BRANCH_SHARE, source, DEFAULT.focusBranchShare, 0.01, 1);
        double max = number(s, FOCUS_MAX_UNITS, source, DEFAULT.focusMaxUnits, 1, 1000);
        whole(s, FOCUS_MIN_AREAS, source, areas);
        whole(s, FOCUS_MAX_UNITS, source, max);
        return new AttentionRules(points, (int) areas, share, (int) max);
    }

    private static double number(JsonNode s, String key, String source, double dflt, double min, double max) {
        JsonNode v = s.get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isNumber() || v.doubleValue() < min || v.doubleValue() > max) {
            throw error(source, KEY + "." + key, v, "must be a number from " + fmt(min) + " to " + fmt(max));
        }
        return v.doubleValue();
    }

    private static void whole(JsonNode s, String key, String source, double value) {
        if (value != Math.rint(value)) {
            throw error(source, KEY + "." + key, s.get(key), "must be a whole number");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static IllegalArgumentException error(String source, String key, JsonNode value, String problem) {
        String shown = value.isValueNode() ? value.asText() : value.toString();
        return new IllegalArgumentException("rules file " + source + ": " + key + " '" + shown + "' " + problem);
    }
}

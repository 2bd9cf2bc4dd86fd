package cn.jgdj.schemas;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The annual 学时 requirements of one year, from the rules file's {@code versions} (jobs' rules/default-rules.yaml):
 * what the jobs measure attainment against and what the packs' definitions quote. The jobs validate the whole
 * file; this reads only these two keys, so the packs' text follows the county's own rules.
 *
 * @param member    requirement_hours: full and probationary members
 * @param secretary secretary_requirement_hours: secretaries and branch committee members
 */
public record RequirementHours(int member, int secretary) {

    public static final String VERSIONS = "versions";
    public static final String FROM = "from";
    public static final String REQUIREMENT_HOURS = "requirement_hours";
    public static final String SECRETARY_REQUIREMENT_HOURS = "secretary_requirement_hours";

    /** The values of the built-in rules file (条例 art. 20: 32 学时; secretaries 56). */
    public static final RequirementHours DEFAULT = new RequirementHours(32, 56);

    public RequirementHours {
        if (member < 0 || secretary < 0) {
            throw new IllegalArgumentException("requirement hours below zero: " + member + ", " + secretary);
        }
    }

    /**
     * The requirements in force in {@code year}: the last version whose {@code from} is not after it, a key left
     * out of a later version taken from the version before it (as the jobs read them). No {@code versions}: the
     * defaults. A year before the first version, or a value that is not a whole number, is an error naming the
     * file.
     */
    public static RequirementHours fromRulesFile(JsonNode root, int year, String source) {
        JsonNode versions = root == null ? null : root.get(VERSIONS);
        if (versions == null || versions.isNull()) {
            return DEFAULT;
        }
        if (!versions.isArray()) {
            throw new IllegalArgumentException("rules file " + source + ": " + VERSIONS + " must be a list");
        }
        Integer member = null;
        Integer secretary = null;
        boolean found = false;
        for (int i = 0; i < versions.size(); i++) {
            JsonNode v = versions.get(i);
            String at = VERSIONS + "[" + i + "]";
            if (whole(v.get(FROM), at + "." + FROM, source) > year) {
                break;
            }
            found = true;
            member = v.has(REQUIREMENT_HOURS) ? whole(v.get(REQUIREMENT_HOURS), at + "." + REQUIREMENT_HOURS,
                    source) : member;
            secretary = v.has(SECRETARY_REQUIREMENT_HOURS) ? whole(v.get(SECRETARY_REQUIREMENT_HOURS),
                    at + "." + SECRETARY_REQUIREMENT_HOURS, source) : secretary;
        }
        if (!found || member == null || secretary == null) {
            throw new IllegalArgumentException("rules file " + source + ": no version gives the requirement hours "
                    + "of " + year + " (" + REQUIREMENT_HOURS + ", " + SECRETARY_REQUIREMENT_HOURS + ")");
        }
        return new RequirementHours(member, secretary);
    }

    private static int whole(JsonNode v, String key, String source) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
            throw new IllegalArgumentException("rules file " + source + ": " + key + " '"
                    + (v == null ? "" : v.asText()) + "' must be a whole number of hours");
        }
        return v.intValue();
    }
}

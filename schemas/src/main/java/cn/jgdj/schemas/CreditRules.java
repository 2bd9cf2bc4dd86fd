package cn.jgdj.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 学时 rules of one year as the packs quote them: the version of the rules file's {@code versions} in force that
 * year (a key left out of a later version carried over from the one before, as the jobs read them) and the top-level
 * secretary training window. The jobs validate the whole file; this reads what the definitions and captions say.
 *
 * @param requirements                  requirement_hours and secretary_requirement_hours
 * @param exemptExcluded                exempt_excluded: exempt (old, frail) members left out of coverage
 * @param prorateByMonth                prorate_by_month: part-year members' requirement pro-rated by months
 * @param dailyCreditCapHours           daily_credit_cap_hours: most duration credit per day an event touches
 * @param platformMinutesCount          platform_minutes_count: whether platform minutes earn 学时
 * @param platformMinutesPerCreditHour  platform_minutes_per_credit_hour
 * @param platformAnnualCapHours        platform_annual_cap_hours
 * @param secretaryTrainingWindowMonths secretary_training_window_months: a new secretary's training deadline
 */
public record CreditRules(RequirementHours requirements, boolean exemptExcluded, boolean prorateByMonth,
                          double dailyCreditCapHours, boolean platformMinutesCount,
                          double platformMinutesPerCreditHour, double platformAnnualCapHours,
                          int secretaryTrainingWindowMonths) {

    public static final String EXEMPT_EXCLUDED = "exempt_excluded";
    public static final String PRORATE_BY_MONTH = "prorate_by_month";
    public static final String DAILY_CREDIT_CAP_HOURS = "daily_credit_cap_hours";
    public static final String PLATFORM_MINUTES_COUNT = "platform_minutes_count";
    public static final String PLATFORM_MINUTES_PER_CREDIT_HOUR = "platform_minutes_per_credit_hour";
    public static final String PLATFORM_ANNUAL_CAP_HOURS = "platform_annual_cap_hours";
    public static final String SECRETARY_TRAINING_WINDOW_MONTHS = "secretary_training_window_months";

    /** The keys of a version besides {@code from} and the requirement hours. */
    private static final List<String> VERSION_KEYS = List.of(EXEMPT_EXCLUDED, PRORATE_BY_MONTH,
            DAILY_CREDIT_CAP_HOURS, PLATFORM_MINUTES_COUNT, PLATFORM_MINUTES_PER_CREDIT_HOUR, PLATFORM_ANNUAL_CAP_HOURS);

    /** The values of the built-in rules file (jobs' rules/default-rules.yaml). */
    public static final CreditRules DEFAULT = new CreditRules(RequirementHours.DEFAULT, true, true, 8, false, 45,
            10, 6);

    public CreditRules {
        if (requirements == null) {
            throw new IllegalArgumentException("no requirement hours");
        }
    }

    /** The same rules under other requirement hours. */
    public CreditRules withRequirements(RequirementHours hours) {
        return new CreditRules(hours, exemptExcluded, prorateByMonth, dailyCreditCapHours, platformMinutesCount,
                platformMinutesPerCreditHour, platformAnnualCapHours, secretaryTrainingWindowMonths);
    }

    /**
     * The rules in force in {@code year}. No {@code versions}: the defaults. A key no version up to the year gives
     * keeps its default; a value of the wrong kind is an error naming the file and the key.
     */
    public static CreditRules fromRulesFile(JsonNode root, int year, String source) {
        RequirementHours hours = RequirementHours.fromRulesFile(root, year, source);
        Map<String, JsonNode> inForce = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        JsonNode versions = root == null ? null : root.get(RequirementHours.VERSIONS);
        if (versions != null && versions.isArray()) {
            for (int i = 0; i < versions.size(); i++) {
                JsonNode v = versions.get(i);
                JsonNode from = v.get(RequirementHours.FROM);
                if (from != null && from.isIntegralNumber() && from.intValue() > year) {
                    break;
                }
                for (String key : VERSION_KEYS) {
                    if (v.has(key)) {
                        inForce.put(key, v.get(key));
                        where.put(key, RequirementHours.VERSIONS + "[" + i + "]." + key);
                    }
                }
            }
        }
        JsonNode window = root == null ? null : root.get(SECRETARY_TRAINING_WINDOW_MONTHS);
        CreditRules d = DEFAULT;
        return new CreditRules(hours,
                bool(inForce.get(EXEMPT_EXCLUDED), where.get(EXEMPT_EXCLUDED), d.exemptExcluded, source),
                bool(inForce.get(PRORATE_BY_MONTH), where.get(PRORATE_BY_MONTH), d.prorateByMonth, source),
                number(inForce.get(DAILY_CREDIT_CAP_HOURS), where.get(DAILY_CREDIT_CAP_HOURS), d.dailyCreditCapHours,
                        source),
                bool(inForce.get(PLATFORM_MINUTES_COUNT), where.get(PLATFORM_MINUTES_COUNT), d.platformMinutesCount,
                        source),
                number(inForce.get(PLATFORM_MINUTES_PER_CREDIT_HOUR), where.get(PLATFORM_MINUTES_PER_CREDIT_HOUR),
                        d.platformMinutesPerCreditHour, source),
                number(inForce.get(PLATFORM_ANNUAL_CAP_HOURS), where.get(PLATFORM_ANNUAL_CAP_HOURS),
                        d.platformAnnualCapHours, source),
                (int) number(window, SECRETARY_TRAINING_WINDOW_MONTHS, d.secretaryTrainingWindowMonths, source));
    }

    /** A number as the rules file would write it: 8, 7.5, 0.25 (no trailing zeros). */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static boolean bool(JsonNode v, String key, boolean fallback, String source) {
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("rules file " + source + ": " + key + " '" + v.asText()
                    + "' must be true or false");
        }
        return v.booleanValue();
    }

    private static double number(JsonNode v, String key, double fallback, String source) {
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber() || v.doubleValue() < 0) {
            throw new IllegalArgumentException("rules file " + source + ": " + key + " '" + v.asText()
                    + "' must be a number of zero or more");
        }
        return v.doubleValue();
    }
}

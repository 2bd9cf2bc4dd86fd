package cn.jgdj.schemas.indicators;

import java.util.List;

/** The grouping dimensions of every indicator; `all` has the single group `all`. */
public final class Dimensions {
    private Dimensions() {
    }

    public static final String ALL = "all";
    public static final String AGE_BAND = "age_band";
    public static final String GENDER = "gender";
    public static final String EDUCATION = "education";
    public static final String MEMBER_TYPE = "member_type";
    public static final String ROLE = "role";
    public static final String UNIT_TYPE = "unit_type";
    public static final String UNIT = "unit";
    public static final String MOBILE = "mobile";
    public static final String MOBILITY_IMPAIRED = "mobility_impaired";

    /** In report order. */
    public static final List<String> ORDER = List.of(
            ALL, AGE_BAND, GENDER, EDUCATION, MEMBER_TYPE, ROLE, UNIT_TYPE, UNIT, MOBILE, MOBILITY_IMPAIRED);

    /** Age bands, by age in whole years at the period's last day. */
    public static final List<String> AGE_BANDS = List.of("<=35", "36-45", "46-55", ">=56");

    public static String ageBand(int age) {
        if (age <= 35) {
            return "<=35";
        } else if (age <= 45) {
            return "36-45";
        } else if (age <= 55) {
            return "46-55";
        }
        return ">=56";
    }
}

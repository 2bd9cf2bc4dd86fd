package cn.jgdj.schemas.indicators;

import static cn.jgdj.schemas.codes.CodeTable.en;

import cn.jgdj.schemas.codes.CodeTable;
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

    /** The dimensions' labels, for chart axes and titles. */
    public static final CodeTable LABELS = CodeTable.named("dimension")
            .code(ALL, en("All members"), "全体")
            .code(AGE_BAND, en("Age band"), "年龄段")
            .code(GENDER, en("Gender"), "性别")
            .code(EDUCATION, en("Education"), "学历")
            .code(MEMBER_TYPE, en("Member type"), "党员类型")
            .code(ROLE, en("Role"), "职务类别")
            .code(UNIT_TYPE, en("Unit type"), "单位类型")
            .code(UNIT, en("Unit"), "单位")
            .code(MOBILE, en("Mobile member"), "流动党员")
            .code(MOBILITY_IMPAIRED, en("Mobility impaired"), "行动不便")
            .build();

    /** Age bands, by age in whole years at the period's last day, with their labels. */
    public static final CodeTable AGE_BAND_LABELS = CodeTable.named("age_band")
            .code("<=35", en("35 or under"), "35岁及以下")
            .code("36-45", en("36–45"), "36–45岁")
            .code("46-55", en("46–55"), "46–55岁")
            .code(">=56", en("56 or over"), "56岁及以上")
            .build();

    /** The age band identifiers, youngest first. */
    public static final List<String> AGE_BANDS = AGE_BAND_LABELS.ids();

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

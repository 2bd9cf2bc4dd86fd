package cn.jgdj.dashboards.text;

import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.codes.CodeTable;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** Words for identifiers in the pack's language, both taken from the code tables declared in schemas. */
public final class Labels {
    /** The minimum cell size when the run does not say which one it used. */
    public static final int DEFAULT_MIN_CELL_SIZE = Indicators.DEFAULT_MIN_CELL_SIZE;

    private final Lang lang;
    private final Map<String, String> unitNames;
    private final int minCellSize;

    /** Words without unit names (units show as their ids) and with the default minimum cell size. */
    public Labels(Lang lang) {
        this(lang, Map.of(), DEFAULT_MIN_CELL_SIZE);
    }

    /**
     * @param unitNames   unit id → name from the unit directory; an id not in it is shown as itself
     * @param minCellSize the minimum cell size the indicators were computed with, quoted by suppression marks
     */
    public Labels(Lang lang, Map<String, String> unitNames, int minCellSize) {
        this.lang = lang;
        this.unitNames = Map.copyOf(unitNames);
        this.minCellSize = minCellSize;
    }

    public int minCellSize() {
        return minCellSize;
    }

    /** A unit's name from the unit directory, or its id when the directory does not name it. */
    public String unit(String unitId) {
        String name = unitNames.get(unitId);
        return name == null || name.isBlank() ? unitId : name;
    }

    public Lang lang() {
        return lang;
    }

    /** Shorthand for {@link Lang#pick}. */
    public String t(String zh, String en) {
        return lang.pick(zh, en);
    }

    public String dimension(String dimension) {
        return code(Dimensions.LABELS, dimension);
    }

    /** A group's words: code-table words for coded dimensions, the unit's name for units. */
    public String group(String dimension, String group) {
        if (Dimensions.ALL.equals(dimension)) {
            return t("全体党员", "All members");
        }
        return switch (dimension) {
            case Dimensions.AGE_BAND -> code(Dimensions.AGE_BAND_LABELS, group);
            case Dimensions.GENDER -> code(Codes.GENDER, group);
            case Dimensions.EDUCATION -> code(Codes.EDUCATION, group);
            case Dimensions.MEMBER_TYPE -> code(Codes.MEMBER_TYPE, group);
            case Dimensions.ROLE -> code(Codes.ROLE, group);
            case Dimensions.UNIT_TYPE -> code(Codes.UNIT_TYPE, group);
            case Dimensions.UNIT -> unit(group);
            case Dimensions.MOBILE -> flag(group, "流动党员", "非流动党员", "Mobile", "Not mobile");
            case Dimensions.MOBILITY_IMPAIRED -> flag(group, "行动不便", "其他党员", "Mobility impaired",
                    "Other members");
            default -> group;
        };
    }

    /** "dimension: group", for charts that mix dimensions. */
    public String dimensionGroup(String dimension, String group) {
        String g = group(dimension, group);
        // "行动不便：行动不便" says it twice: the group word alone when it already names the dimension.
        // English flags read as one phrase, not "Mobile member: Mobile".
        if (lang == Lang.EN && Dimensions.MOBILE.equals(dimension)) {
            return "true".equals(group) ? "Mobile members" : "Members not mobile";
        }
        if (lang == Lang.EN && Dimensions.MOBILITY_IMPAIRED.equals(dimension)) {
            return "true".equals(group) ? "Mobility-impaired members" : "Members not mobility-impaired";
        }
        if (Dimensions.ALL.equals(dimension) || g.contains(dimension(dimension))) {
            return g;
        }
        return dimension(dimension) + t("：", ": ") + g;
    }

    /** A raw dataset's name: 考勤 / attendance. */
    public String dataset(String name) {
        if (lang == Lang.EN && !Datasets.LABELS.contains(name)) {
            return name.replace('_', ' ');
        }
        return code(Datasets.LABELS, name);
    }

    public String eventType(String id) {
        return code(Codes.EVENT_TYPE, id);
    }

    public String theme(String id) {
        return code(Codes.THEME, id);
    }

    public String platform(String id) {
        return code(Codes.PLATFORM, id);
    }

    public String venueKind(String id) {
        return code(Codes.VENUE_KIND, id);
    }

    /** A headline indicator of the trends table or an outcome of under_served. */
    public String indicator(String id) {
        if (Trends.HEADLINE_LABELS.contains(id)) {
            return code(Trends.HEADLINE_LABELS, id);
        }
        return code(UnderServed.OUTCOME_LABELS, id);
    }

    /** A period in a title: 2025年, 2025年第3季度, 2025年4月 / 2025, 2025 Q3, Apr 2025. */
    public String period(Period p) {
        return switch (p.kind()) {
            case YEAR -> t(p.year() + "年", Integer.toString(p.year()));
            case QUARTER -> t(p.year() + "年第" + p.index() + "季度", p.year() + " Q" + p.index());
            case MONTH -> t(p.year() + "年" + p.index() + "月",
                    Month.of(p.index()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + p.year());
        };
    }

    /** A period on an axis: 2025Q3, 4月 / Apr. */
    public String periodTick(Period p) {
        if (p.isMonth()) {
            return t(p.index() + "月", Month.of(p.index()).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return p.toString();
    }

    /** A year-to-date period on an axis: 1–6月 / Jan–Jun. */
    public String yearToDateTick(Period quarter) {
        int endMonth = quarter.index() * 3;
        return t("1–" + endMonth + "月", "Jan–" + Month.of(endMonth).getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    /** The mark of a suppressed group, quoting the minimum cell size. */
    public String suppressed() {
        return t("已抑制（不足" + minCellSize + "人）", "suppressed (<" + minCellSize + " members)");
    }

    /** A date as an office writes it: 2026年11月29日 / 29 November 2026. */
    public String date(java.time.LocalDate d) {
        return t(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear());
    }

    public String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** An identifier's label from its code table in the pack's language; an identifier not in it, as itself. */
    public String code(CodeTable table, String id) {
        if (!table.contains(id)) {
            return id;
        }
        return lang == Lang.ZH ? table.chinese(id) : table.english(id);
    }

    private String flag(String group, String zhTrue, String zhFalse, String enTrue, String enFalse) {
        return switch (group) {
            case "true" -> t(zhTrue, enTrue);
            case "false" -> t(zhFalse, enFalse);
            default -> group;
        };
    }
}

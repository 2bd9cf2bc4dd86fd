package cn.jgdj.dashboards.text;

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

/** Words for identifiers in the pack's language: Chinese from the schemas' code tables, English from here. */
public final class Labels {
    /** The minimum cell size when the run does not say which one it used. */
    public static final int DEFAULT_MIN_CELL_SIZE = Indicators.DEFAULT_MIN_CELL_SIZE;

    private static final Map<String, String> DIMENSION_ZH = Map.of(Dimensions.ALL, "全体",
            Dimensions.AGE_BAND, "年龄段", Dimensions.GENDER, "性别", Dimensions.EDUCATION, "学历",
            Dimensions.MEMBER_TYPE, "党员类型", Dimensions.ROLE, "职务类别", Dimensions.UNIT_TYPE, "单位类型",
            Dimensions.UNIT, "单位", Dimensions.MOBILE, "流动党员", Dimensions.MOBILITY_IMPAIRED, "行动不便");
    private static final Map<String, String> DIMENSION_EN = Map.of(Dimensions.ALL, "All members",
            Dimensions.AGE_BAND, "Age band", Dimensions.GENDER, "Gender", Dimensions.EDUCATION, "Education",
            Dimensions.MEMBER_TYPE, "Member type", Dimensions.ROLE, "Role", Dimensions.UNIT_TYPE, "Unit type",
            Dimensions.UNIT, "Unit", Dimensions.MOBILE, "Mobile member", Dimensions.MOBILITY_IMPAIRED,
            "Mobility impaired");
    private static final Map<String, String> CODE_EN = Map.ofEntries(
            Map.entry("M", "Male"), Map.entry("F", "Female"),
            Map.entry("postgraduate", "Postgraduate"), Map.entry("bachelor", "Bachelor"),
            Map.entry("college", "College"), Map.entry("secondary", "Secondary or below"),
            Map.entry("full", "Full member"), Map.entry("probationary", "Probationary"),
            Map.entry("candidate", "Candidate"), Map.entry("activist", "Activist"),
            Map.entry("leader", "Leading cadre"), Map.entry("secretary", "Secretary / committee"),
            Map.entry("party_affairs", "Party-affairs staff"), Map.entry("ordinary", "Ordinary member"),
            Map.entry("agency", "Agency"), Map.entry("institution", "Public institution"),
            Map.entry("mass_org", "Mass organisation"), Map.entry("enterprise", "Enterprise"),
            Map.entry("branch_general_meeting", "Branch general meeting"),
            Map.entry("branch_committee_meeting", "Branch committee meeting"),
            Map.entry("group_meeting", "Party group meeting"), Map.entry("party_lecture", "Party lecture"),
            Map.entry("theme_party_day", "Theme party day"), Map.entry("theory_study_group", "Theory study group"),
            Map.entry("rotation_training", "Rotation training"), Map.entry("training_class", "Training class"),
            Map.entry("onsite_teaching", "On-site teaching"), Map.entry("special_lecture", "Themed lecture"),
            Map.entry("xuexi", "Xuexi Qiangguo"), Map.entry("dengta", "Dengta"),
            Map.entry("theory_outreach", "Theory outreach"), Map.entry("clean_home", "Clean homes"),
            Map.entry("poverty_relief", "Poverty relief"), Map.entry("elder_orphan_care", "Elder and orphan care"),
            Map.entry("sick_disabled_aid", "Sick and disabled aid"), Map.entry("micro_wish", "Micro-wishes"),
            Map.entry("community_report", "Community reporting"),
            Map.entry("red_base", "Red education base"), Map.entry("unit_site", "Unit teaching site"));
    private static final Map<String, String> AGE_ZH = Map.of("<=35", "35岁及以下", "36-45", "36–45岁",
            "46-55", "46–55岁", ">=56", "56岁及以上");
    private static final Map<String, String> AGE_EN = Map.of("<=35", "35 or under", "36-45", "36–45",
            "46-55", "46–55", ">=56", "56 or over");

    private static final Map<String, String> DATASET_ZH = Map.of("units", "单位", "branches", "支部",
            "venues", "教学场地", "members", "党员", "events", "活动", "attendance", "考勤",
            "platform_usage", "学习平台", "volunteer_logs", "志愿服务");

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
        return (lang == Lang.ZH ? DIMENSION_ZH : DIMENSION_EN).getOrDefault(dimension, dimension);
    }

    /** A group's words: code-table words for coded dimensions, the unit's name for units. */
    public String group(String dimension, String group) {
        if (Dimensions.ALL.equals(dimension)) {
            return t("全体党员", "All members");
        }
        return switch (dimension) {
            case Dimensions.AGE_BAND -> (lang == Lang.ZH ? AGE_ZH : AGE_EN).getOrDefault(group, group);
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
        return lang == Lang.ZH ? DATASET_ZH.getOrDefault(name, name) : name.replace('_', ' ');
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
        return switch (id) {
            case Trends.ATTAINMENT_RATE -> t("累计学时达标率", "Year-to-date attainment");
            case Trends.PARTICIPATION_RATE -> t("季度活动参加率", "Event participation (quarter)");
            case Trends.COMPLIANCE_RATE -> t("季度“三会一课”制度落实率", "Meeting cadence kept (quarter)");
            case Trends.PLATFORM_ACTIVE_RATE -> t("季度学习平台活跃率", "Platform activity (quarter)");
            case Trends.VOLUNTEER_PARTICIPATION_RATE -> t("季度志愿服务参与率", "Volunteer participation (quarter)");
            case UnderServed.ATTAINMENT -> t("学时达标率", "Attainment");
            case UnderServed.REACH -> t("参训率", "Reach");
            case UnderServed.VOLUNTEER_PARTICIPATION -> t("志愿服务参与率", "Volunteer participation");
            case UnderServed.PLATFORM_ACTIVITY -> t("学习平台活跃率", "Platform activity");
            default -> id;
        };
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

    private String code(CodeTable table, String id) {
        if (lang == Lang.ZH) {
            return table.contains(id) ? table.chinese(id) : id;
        }
        return CODE_EN.getOrDefault(id, id);
    }

    private String flag(String group, String zhTrue, String zhFalse, String enTrue, String enFalse) {
        return switch (group) {
            case "true" -> t(zhTrue, enTrue);
            case "false" -> t(zhFalse, enFalse);
            default -> group;
        };
    }
}

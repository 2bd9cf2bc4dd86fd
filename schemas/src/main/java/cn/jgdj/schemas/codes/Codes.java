package cn.jgdj.schemas.codes;

import java.util.List;

/** The code tables of the domain glossary: identifiers used in data and code, with the words real exports use. */
public final class Codes {
    private Codes() {
    }

    public static final CodeTable GENDER = CodeTable.named("gender")
            .code("M", "男", "男性", "male")
            .code("F", "女", "女性", "female")
            .build();

    public static final CodeTable EDUCATION = CodeTable.named("education")
            .code("postgraduate", "研究生", "硕士", "博士", "硕士研究生", "博士研究生")
            .code("bachelor", "本科", "大学本科", "大学")
            .code("college", "大专", "大学专科", "专科")
            .code("secondary", "中专及以下", "中专", "高中", "初中", "高中及以下")
            .build();

    public static final String FULL = "full";
    public static final String PROBATIONARY = "probationary";
    public static final String CANDIDATE = "candidate";
    public static final String ACTIVIST = "activist";

    public static final CodeTable MEMBER_TYPE = CodeTable.named("member_type")
            .code(FULL, "正式党员", "正式")
            .code(PROBATIONARY, "预备党员", "预备")
            .code(CANDIDATE, "发展对象")
            .code(ACTIVIST, "入党积极分子", "积极分子")
            .build();

    /** Member types that carry the annual 学时 requirement. */
    public static final List<String> COUNTED_MEMBER_TYPES = List.of(FULL, PROBATIONARY);

    public static final String SECRETARY = "secretary";

    public static final CodeTable ROLE = CodeTable.named("role")
            .code("leader", "领导干部")
            .code(SECRETARY, "党组织书记·支委", "党组织书记", "支部书记", "支委", "党组织书记/支委")
            .code("party_affairs", "党务干部")
            .code("ordinary", "普通党员")
            .build();

    public static final String BRANCH_GENERAL_MEETING = "branch_general_meeting";
    public static final String BRANCH_COMMITTEE_MEETING = "branch_committee_meeting";
    public static final String GROUP_MEETING = "group_meeting";
    public static final String PARTY_LECTURE = "party_lecture";
    public static final String THEME_PARTY_DAY = "theme_party_day";
    public static final String THEORY_STUDY_GROUP = "theory_study_group";
    public static final String ROTATION_TRAINING = "rotation_training";
    public static final String TRAINING_CLASS = "training_class";
    public static final String ONSITE_TEACHING = "onsite_teaching";
    public static final String SPECIAL_LECTURE = "special_lecture";

    public static final CodeTable EVENT_TYPE = CodeTable.named("event_type")
            .code(BRANCH_GENERAL_MEETING, "支部党员大会", "党员大会")
            .code(BRANCH_COMMITTEE_MEETING, "支部委员会会议", "支委会")
            .code(GROUP_MEETING, "党小组会")
            .code(PARTY_LECTURE, "党课")
            .code(THEME_PARTY_DAY, "主题党日")
            .code(THEORY_STUDY_GROUP, "理论学习中心组学习", "中心组学习")
            .code(ROTATION_TRAINING, "集中轮训", "冬春季集中培训")
            .code(TRAINING_CLASS, "培训班")
            .code(ONSITE_TEACHING, "现场教学", "红色教育基地")
            .code(SPECIAL_LECTURE, "专题宣讲", "党史宣讲")
            .build();

    /** 三会一课 and 主题党日: meeting types with a per-branch cadence rule, in column order. */
    public static final List<String> CADENCE_TYPES = List.of(
            BRANCH_GENERAL_MEETING, BRANCH_COMMITTEE_MEETING, GROUP_MEETING, PARTY_LECTURE, THEME_PARTY_DAY);
    /** Cadence types required at least once per quarter; the others at least once per month. */
    public static final List<String> QUARTERLY_CADENCE_TYPES = List.of(BRANCH_GENERAL_MEETING, PARTY_LECTURE);
    public static final List<String> MONTHLY_CADENCE_TYPES = List.of(
            BRANCH_COMMITTEE_MEETING, GROUP_MEETING, THEME_PARTY_DAY);

    public static final String PRESENT = "present";
    public static final String OBSERVER = "observer";
    public static final String EXCUSED = "excused";
    public static final String ABSENT = "absent";
    public static final String MAKEUP = "makeup";

    public static final CodeTable STATUS = CodeTable.named("status")
            .code(PRESENT, "出席", "参加", "到会", "已参加", "参训")
            .code(OBSERVER, "列席", "旁听", "列席旁听")
            .code(EXCUSED, "请假")
            .code(ABSENT, "缺席", "未参加", "缺勤")
            .code(MAKEUP, "补学", "补课")
            .build();

    public static final CodeTable MODE = CodeTable.named("mode")
            .code("offline", "线下", "现场")
            .code("online", "线上", "网络")
            .code("hybrid", "线上线下", "混合")
            .build();

    /** Audience: every member of the event's branch, of the organizer unit, or only those invited (explicit rows). */
    public static final String AUDIENCE_BRANCH = "branch";
    public static final String AUDIENCE_UNIT = "unit";
    public static final String AUDIENCE_INVITED = "invited";

    public static final CodeTable AUDIENCE = CodeTable.named("audience")
            .code(AUDIENCE_BRANCH, "本支部", "支部")
            .code(AUDIENCE_UNIT, "本单位", "单位")
            .code(AUDIENCE_INVITED, "邀请", "指定人员")
            .build();

    public static final CodeTable UNIT_TYPE = CodeTable.named("unit_type")
            .code("agency", "机关", "党政机关")
            .code("institution", "事业单位")
            .code("mass_org", "群团组织", "群团")
            .code("enterprise", "企业", "国有企业")
            .build();

    public static final CodeTable PLATFORM = CodeTable.named("platform")
            .code("xuexi", "学习强国")
            .code("dengta", "灯塔—党建在线", "灯塔-党建在线", "灯塔党建在线", "灯塔")
            .build();

    public static final CodeTable THEME = CodeTable.named("theme")
            .code("theory_outreach", "理论宣讲")
            .code("clean_home", "清洁家园")
            .code("poverty_relief", "扶贫济困")
            .code("elder_orphan_care", "敬老救孤")
            .code("sick_disabled_aid", "恤病助残")
            .code("micro_wish", "微心愿")
            .code("community_report", "双报到")
            .build();

    public static final CodeTable VENUE_KIND = CodeTable.named("venue_kind")
            .code("red_base", "红色教育基地")
            .code("unit_site", "单位现场教学点", "单位阵地", "现场教学点")
            .build();

    public static final CodeTable BOOLEAN = CodeTable.named("boolean")
            .code("true", "是", "Y", "yes", "1", "√")
            .code("false", "否", "N", "no", "0", "")
            .build();
}

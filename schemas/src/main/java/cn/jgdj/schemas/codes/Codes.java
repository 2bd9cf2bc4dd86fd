package cn.jgdj.schemas.codes;

import static cn.jgdj.schemas.codes.CodeTable.en;

import java.util.List;

/**
 * The code tables of the domain glossary: identifiers used in data and code, each with its English label and the
 * words real exports use (the first is its Chinese label).
 */
public final class Codes {
    private Codes() {
    }

    public static final CodeTable GENDER = CodeTable.named("gender")
            .code("M", en("Male"), "男", "男性", "male")
            .code("F", en("Female"), "女", "女性", "female")
            .build();

    public static final CodeTable EDUCATION = CodeTable.named("education")
            .code("postgraduate", en("Postgraduate"), "研究生", "硕士", "博士", "硕士研究生", "博士研究生")
            .code("bachelor", en("Bachelor"), "本科", "大学本科", "大学")
            .code("college", en("College"), "大专", "大学专科", "专科")
            .code("secondary", en("Secondary or below"), "中专及以下", "中专", "高中", "初中", "高中及以下")
            .build();

    public static final String FULL = "full";
    public static final String PROBATIONARY = "probationary";
    public static final String CANDIDATE = "candidate";
    public static final String ACTIVIST = "activist";

    public static final CodeTable MEMBER_TYPE = CodeTable.named("member_type")
            .code(FULL, en("Full member"), "正式党员", "正式")
            .code(PROBATIONARY, en("Probationary"), "预备党员", "预备")
            .code(CANDIDATE, en("Candidate"), "发展对象")
            .code(ACTIVIST, en("Activist"), "入党积极分子", "积极分子")
            .build();

    /** Member types that carry the annual 学时 requirement. */
    public static final List<String> COUNTED_MEMBER_TYPES = List.of(FULL, PROBATIONARY);

    public static final String SECRETARY = "secretary";

    public static final CodeTable ROLE = CodeTable.named("role")
            .code("leader", en("Leading cadre"), "领导干部")
            .code(SECRETARY, en("Secretary / committee"), "党组织书记·支委", "党组织书记", "支部书记", "支委", "党组织书记/支委")
            .code("party_affairs", en("Party-affairs staff"), "党务干部")
            .code("ordinary", en("Ordinary member"), "普通党员")
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
            .code(BRANCH_GENERAL_MEETING, en("Branch general meeting"), "支部党员大会", "党员大会")
            .code(BRANCH_COMMITTEE_MEETING, en("Branch committee meeting"), "支部委员会会议", "支委会")
            .code(GROUP_MEETING, en("Party group meeting"), "党小组会")
            .code(PARTY_LECTURE, en("Party lecture"), "党课")
            .code(THEME_PARTY_DAY, en("Theme party day"), "主题党日")
            .code(THEORY_STUDY_GROUP, en("Theory study group"), "理论学习中心组学习", "中心组学习")
            .code(ROTATION_TRAINING, en("Rotation training"), "集中轮训", "冬春季集中培训")
            .code(TRAINING_CLASS, en("Training class"), "培训班")
            .code(ONSITE_TEACHING, en("On-site teaching"), "现场教学", "红色教育基地")
            .code(SPECIAL_LECTURE, en("Themed lecture"), "专题宣讲", "党史宣讲")
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
            .code(PRESENT, en("Present"), "出席", "参加", "到会", "已参加", "参训")
            .code(OBSERVER, en("Observer"), "列席", "旁听", "列席旁听")
            .code(EXCUSED, en("Excused"), "请假")
            .code(ABSENT, en("Absent"), "缺席", "未参加", "缺勤")
            .code(MAKEUP, en("Make-up study"), "补学", "补课")
            .build();

    public static final CodeTable MODE = CodeTable.named("mode")
            .code("offline", en("In person"), "线下", "现场")
            .code("online", en("Online"), "线上", "网络")
            .code("hybrid", en("Online and in person"), "线上线下", "混合")
            .build();

    /** Audience: every member of the event's branch, of the organizer unit, or only those invited (explicit rows). */
    public static final String AUDIENCE_BRANCH = "branch";
    public static final String AUDIENCE_UNIT = "unit";
    public static final String AUDIENCE_INVITED = "invited";

    public static final CodeTable AUDIENCE = CodeTable.named("audience")
            .code(AUDIENCE_BRANCH, en("The branch's members"), "本支部", "支部")
            .code(AUDIENCE_UNIT, en("The unit's members"), "本单位", "单位")
            .code(AUDIENCE_INVITED, en("Invited members"), "邀请", "指定人员")
            .build();

    public static final CodeTable UNIT_TYPE = CodeTable.named("unit_type")
            .code("agency", en("Agency"), "机关", "党政机关")
            .code("institution", en("Public institution"), "事业单位")
            .code("mass_org", en("Mass organisation"), "群团组织", "群团")
            .code("enterprise", en("Enterprise"), "企业", "国有企业")
            .build();

    public static final CodeTable PLATFORM = CodeTable.named("platform")
            .code("xuexi", en("Xuexi Qiangguo"), "学习强国")
            .code("dengta", en("Dengta"), "灯塔—党建在线", "灯塔-党建在线", "灯塔党建在线", "灯塔")
            .build();

    public static final CodeTable THEME = CodeTable.named("theme")
            .code("theory_outreach", en("Theory outreach"), "理论宣讲")
            .code("clean_home", en("Clean homes"), "清洁家园")
            .code("poverty_relief", en("Poverty relief"), "扶贫济困")
            .code("elder_orphan_care", en("Elder and orphan care"), "敬老救孤")
            .code("sick_disabled_aid", en("Sick and disabled aid"), "恤病助残")
            .code("micro_wish", en("Micro-wishes"), "微心愿")
            .code("community_report", en("Community reporting"), "双报到")
            .build();

    public static final CodeTable VENUE_KIND = CodeTable.named("venue_kind")
            .code("red_base", en("Red education base"), "红色教育基地")
            .code("unit_site", en("Unit teaching site"), "单位现场教学点", "单位阵地", "现场教学点")
            .build();

    public static final CodeTable BOOLEAN = CodeTable.named("boolean")
            .code("true", en("Yes"), "是", "Y", "yes", "1", "√")
            .code("false", en("No"), "否", "N", "no", "0", "")
            .build();
}

package cn.jgdj.dashboards.packs;

import cn.jgdj.dashboards.page.Definition;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.CreditRules;
import cn.jgdj.schemas.RequirementHours;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.List;

/** The definitions pages: what each figure in the packs counts, in the pack's language. */
public final class Definitions {
    private Definitions() {
    }

    /** Who is counted: the exemption and the pro-rating follow the year's rules. */
    public static Definition eligible(Labels l, CreditRules rules) {
        String exemptZh = rules.exemptExcluded() ? "，不含按规定免于学时要求的年老体弱党员" : "（含年老体弱党员）";
        String exemptEn = rules.exemptExcluded() ? ", excluding members exempted for age or frailty"
                : " (members exempted for age or frailty included)";
        String partZh = rules.prorateByMonth() ? "期内只部分时间在册的，年度要求按在册月数折算（向上取整到整学时）。"
                : "期内只部分时间在册的，也按全年要求计。";
        String partEn = rules.prorateByMonth()
                ? "members present for part of the year have the requirement pro-rated by months (rounded up). "
                : "members present for part of the year carry the full-year requirement. ";
        return new Definition(l.t("应训党员", "Eligible member"), l.t(
                "期内任一天有效的正式党员和预备党员" + exemptZh + "；" + partZh
                        + "每人每期只计一次，所属单位、职务等取期内最后一条记录。",
                "A full or probationary member whose record is valid on any day of the period" + exemptEn + "; "
                        + partEn + "Each member counts once, with the unit and role of their last record in the "
                        + "period."));
    }

    /** Quotes the 学时 rules of the run's rules file for the period's year. */
    public static Definition credit(Labels l, CreditRules rules) {
        RequirementHours hours = rules.requirements();
        String cap = CreditRules.plain(rules.dailyCreditCapHours());
        String platformZh = "";
        String platformEn = "";
        if (rules.platformMinutesCount()) {
            String minutes = CreditRules.plain(rules.platformMinutesPerCreditHour());
            String yearly = CreditRules.plain(rules.platformAnnualCapHours());
            platformZh = "学习平台学习时长每" + minutes + "分钟计1学时（每天最多" + cap + "学时，每年最多" + yearly + "学时）。";
            platformEn = " Platform minutes earn one hour per " + minutes + " minutes (at most " + cap + " a day and "
                    + yearly + " a year).";
        }
        return new Definition(l.t("学时与达标", "Credit hours and attainment"), l.t(
                "出席或补学的活动计学时：以签到记录的学时为准，其次为活动学时，再次按活动时长取整到半小时（每天最多" + cap
                        + "学时）；列席、请假、缺席不计。" + platformZh + "学时达标：全年学时不少于要求（党员" + hours.member()
                        + "学时，党组织书记·支委" + hours.secretary() + "学时）。"
                        + "参训率：全年有学时记录的应训党员占比。年初至季末累计值以全年要求为准。",
                "Attending (present or make-up) earns the attendance row's hours, else the event's, else its "
                        + "duration rounded to the half hour (at most " + cap + " a day); observers, excused and "
                        + "absent earn nothing." + platformEn + " Attainment: at least the annual requirement ("
                        + hours.member() + " hours; secretaries and branch committee members " + hours.secretary()
                        + "). Reach: any credit. Year-to-date figures use the full-year requirement."));
    }

    public static Definition interval(Labels l) {
        return new Definition(l.t("95%置信区间", "95% interval"), l.t(
                "达标率的Wilson得分区间：在成员数有限时，真实比例有95%把握落在此区间内。区间越宽，群体越小。",
                "The Wilson score interval of the attainment rate: with a finite group, the true rate lies in it "
                        + "with 95% confidence. Smaller groups have wider intervals."));
    }

    public static Definition flagged(Labels l) {
        return new Definition(l.t("显著偏低（薄弱群体）", "Flagged (under-served)"), l.t(
                "以每名党员为一次独立观察，把群体与其余应训党员比较（两比例z检验；期望频数小于5时用Fisher精确检验），"
                        + "对当年全部检验做Benjamini–Hochberg校正；q<" + UnderServed.FLAG_MAX_Q + "且低于其余党员"
                        + UnderServed.FLAG_MIN_SHORTFALL_PP + "个百分点及以上时标记。",
                "Each member is one independent trial; the group is compared with every other eligible member "
                        + "(pooled two-proportion z-test, Fisher's exact test when an expected count is under 5); "
                        + "q-values are Benjamini–Hochberg over the year's tests; flagged when q < " + UnderServed.FLAG_MAX_Q
                        + " and the gap is -" + UnderServed.FLAG_MIN_SHORTFALL_PP + " points or worse."));
    }

    public static Definition suppressed(Labels l) {
        return new Definition(l.t("已抑制", "Suppressed"), l.t(
                "成员少于" + l.minCellSize() + "人的群体（或其余成员少于" + l.minCellSize()
                        + "人）不显示任何数值，只标注“已抑制”，以免识别到个人。任何图表都不对党员个人排名。",
                "Groups with fewer than " + l.minCellSize() + " members (or whose rest has fewer) show no "
                        + "figure, only the mark 'suppressed', so no person can be identified. No chart ranks "
                        + "individual members."));
    }

    public static Definition cadence(Labels l) {
        return new Definition(l.t("“三会一课”制度落实", "Meeting cadence kept"), l.t(
                "支部在一个季度内至少召开一次支部党员大会和党课，且该季度每个月至少召开一次支部委员会会议、"
                        + "党小组会和主题党日，即为该季度落实制度。单位的制度落实率为其落实支部的占比；全年制度落实率按支部×季度计。",
                "A branch complies in a quarter when it held a general meeting and a party lecture that quarter, and "
                        + "a committee meeting, a group meeting and a theme party day in each of its months. A unit's "
                        + "rate is the share of its branches that complied; the yearly rate counts branch-quarters."));
    }

    public static Definition observation(Labels l) {
        return new Definition(l.t("已列席旁听单位占比", "Study groups observed"), l.t(
                "当年举行过理论学习中心组学习的单位中，至少一次学习有工委人员以“列席”身份参加的单位占比；目标为每年全覆盖。",
                "Of the units that held a theory study group session in the year, the share with at least one "
                        + "session attended by work-committee staff as observers; the target is full coverage."));
    }

    public static Definition participation(Labels l) {
        return new Definition(l.t("参加率", "Participation rate"), l.t(
                "实到人次 / 应到人次。应到：有出席、请假、缺席或补学记录的人，以及面向本支部（本单位）的活动中该支部"
                        + "（单位）当天在册、不免学的正式和预备党员；无记录视为缺席，列席不计入。",
                "Present over expected attendances. Expected: everyone with a present, excused, absent or make-up "
                        + "row, plus, for branch (unit) events, every non-exempt full or probationary member of that "
                        + "branch (unit) on the day; a missing row counts as absent; observers are not counted."));
    }

    public static Definition volunteer(Labels l) {
        return new Definition(l.t("志愿服务参与", "Volunteer participation"), l.t(
                "应训党员及发展对象、入党积极分子中，当年至少有一条志愿服务记录的人数占比；服务时长为记录时长之和。",
                "Share of eligible members, candidates and activists with at least one volunteer log in the year; "
                        + "hours are the sum of logged hours."));
    }

    public static Definition platform(Labels l) {
        return new Definition(l.t("学习平台活跃率", "Platform activity"), l.t(
                "当月至少有一天在“学习强国”或“灯塔—党建在线”有积分或学习时长的应训党员占比。只以群体汇总呈现；"
                        + "按2024年整治形式主义的规定，积分和时长不作为评价个人的依据。",
                "Share of eligible members with points or minutes on the platform on at least one day of the month. "
                        + "Shown only as group aggregates: under the 2024 rules against formalism, points and time "
                        + "are never used to assess a person."));
    }

    public static Definition venue(Labels l) {
        return new Definition(l.t("场地外单位使用占比", "Outside use of venues"), l.t(
                "一处现场教学场地全年场次中，由所属单位以外的单位组织的场次占比；红色教育基地没有所属单位。",
                "The share of a venue's sessions in the year organised by units other than its owner; red "
                        + "education bases have no owner."));
    }

    public static Definition trend(Labels l) {
        return new Definition(l.t("走势与同比", "Trend and year on year"), l.t(
                "季度序列取近12个季度；同比为本季度与上年同一季度之差（百分点）。学时达标率的季度值为年初至季末累计。",
                "Quarterly series over the last 12 quarters; year on year is the difference from the same quarter a "
                        + "year earlier, in percentage points. Attainment per quarter is year to date."));
    }

    public static Definition pace(Labels l) {
        return new Definition(l.t("匀速进度", "Even pace"), l.t(
                "若年末全体应训党员都达标、且达标人数在一年中均匀增长，每季末应达到的累计达标率（25%、50%、75%、100%）。"
                        + "仅作参照。",
                "The year-to-date attainment that would be reached at each quarter end (25%, 50%, 75%, 100%) if "
                        + "attainment grew evenly to everyone by year end; a yardstick only."));
    }

    public static Definition quality(Labels l) {
        return new Definition(l.t("数据质量", "Data quality"), l.t(
                "原始数据中不合格的行（格式错误、编号不存在、日期在未来等）不进入计算，按原因记入隔离区；标题页列出各数据集隔离的行数。",
                "Raw rows that fail checks (bad format, unknown ids, future dates, ...) are set aside in quarantine "
                        + "with a reason and not counted; the title page lists the rows quarantined per dataset."));
    }

    /** Terms every pack defines. */
    public static List<Definition> common(Labels l, CreditRules rules) {
        return List.of(eligible(l, rules), credit(l, rules), suppressed(l), quality(l));
    }
}

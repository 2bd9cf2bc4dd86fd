package cn.jgdj.schemas.indicators;

import static cn.jgdj.schemas.codes.CodeTable.en;

import cn.jgdj.schemas.codes.CodeTable;
import java.util.List;

/**
 * Indicator tables that answer the county work report's own questions (issue 15): which units' theory study groups
 * were never observed, how far rotation training and each kind of training class reached, and the mix of training
 * forms by age, role and mobility. Written by jobs/reportquestions; read by the committee pack.
 */
public final class ReportQuestions {
    private ReportQuestions() {
    }

    /** 列席旁听 per unit and year: the unit's theory study group sessions and how many had an observer. */
    public static final class ObservationByUnit {
        public static final String NAME = "observation_by_unit";
        public static final String SESSIONS = "sessions";
        public static final String SESSIONS_OBSERVED = "sessions_observed";
        /** At least one session of the year had an observer row. */
        public static final String OBSERVED = "observed";
        public static final List<String> COLUMNS = List.of(Indicators.PERIOD, Indicators.UNIT_ID, SESSIONS,
                SESSIONS_OBSERVED, OBSERVED);
    }

    /** Rotation training and each kind of training class per year: classes held, attendances, people reached. */
    public static final class TrainingReach {
        public static final String NAME = "training_reach";
        public static final String PROGRAM = "program";
        /** Classes held (班次). */
        public static final String EVENTS = "events";
        /** present and makeup rows (人次). */
        public static final String ATTENDANCES = "attendances";
        /** Distinct people with a present or makeup row (人). */
        public static final String MEMBERS_TRAINED = "members_trained";
        /** The people the program is for (null for classes of no recognised kind). */
        public static final String TARGET_MEMBERS = "target_members";
        public static final String TARGET_TRAINED = "target_trained";
        public static final String TARGET_RATE = "target_rate";
        public static final List<String> COLUMNS = List.of(Indicators.PERIOD, PROGRAM, EVENTS, ATTENDANCES,
                MEMBERS_TRAINED, TARGET_MEMBERS, TARGET_TRAINED, TARGET_RATE, Indicators.SUPPRESSED);

        /** rotation_training: every eligible member is its audience. */
        public static final String ROTATION = "rotation_training";
        /** Training classes, by the kind of people most of the class's rows are for. */
        public static final String SECRETARY_CLASS = "secretary_class";
        public static final String PARTY_AFFAIRS_CLASS = "party_affairs_class";
        public static final String CANDIDATE_CLASS = "candidate_class";
        public static final String OTHER_CLASS = "other_class";
        public static final List<String> PROGRAMS = List.of(ROTATION, SECRETARY_CLASS, PARTY_AFFAIRS_CLASS,
                CANDIDATE_CLASS, OTHER_CLASS);
        /** The programs' labels. */
        public static final CodeTable PROGRAM_LABELS = CodeTable.named("training_reach.program")
                .code(ROTATION, en("Rotation training"), "集中轮训")
                .code(SECRETARY_CLASS, en("Secretaries' classes"), "党组织书记培训班")
                .code(PARTY_AFFAIRS_CLASS, en("Party-affairs staff classes"), "党务工作者培训班")
                .code(CANDIDATE_CLASS, en("Candidates' classes"), "发展对象培训班")
                .code(OTHER_CLASS, en("Other classes"), "其他培训班")
                .build();
    }

    /** The mix of training forms per year × dimension × group: credited 学时 and members reached by each form. */
    public static final class TrainingMix {
        public static final String NAME = "training_mix";
        public static final String FORM = "form";
        /** Eligible members of the group. */
        public static final String MEMBERS = "members";
        public static final String HOURS = "hours";
        /** The form's share of the group's credited hours. */
        public static final String HOURS_SHARE = "hours_share";
        public static final String MEMBERS_REACHED = "members_reached";
        public static final String REACHED_RATE = "reached_rate";
        public static final List<String> COLUMNS = List.of(Indicators.PERIOD, Indicators.DIMENSION, Indicators.GROUP,
                FORM, MEMBERS, HOURS, HOURS_SHARE, MEMBERS_REACHED, REACHED_RATE, Indicators.SUPPRESSED);

        /** 会议: 三会一课 meetings, theme party days and theory study groups attended in person. */
        public static final String MEETING = "meeting";
        /** 集中培训: rotation training and training classes attended in person. */
        public static final String CLASS = "class";
        /** 现场教学. */
        public static final String ONSITE = "onsite";
        /** 讲座宣讲: party lectures and themed lectures attended in person. */
        public static final String LECTURE = "lecture";
        /** 线上: any event held online, and platform minutes when the rules credit them. */
        public static final String ONLINE = "online";
        public static final List<String> FORMS = List.of(MEETING, CLASS, ONSITE, LECTURE, ONLINE);
        /** The forms' labels. */
        public static final CodeTable FORM_LABELS = CodeTable.named("training_mix.form")
                .code(MEETING, en("Meetings"), "会议")
                .code(CLASS, en("Classes"), "集中培训")
                .code(ONSITE, en("On-site teaching"), "现场教学")
                .code(LECTURE, en("Lectures"), "讲座宣讲")
                .code(ONLINE, en("Online"), "线上学习")
                .build();

        /** The dimensions the mix is broken down by. */
        public static final List<String> DIMENSIONS = List.of(Dimensions.ALL, Dimensions.AGE_BAND, Dimensions.ROLE,
                Dimensions.MOBILITY_IMPAIRED);
    }
}

package cn.jgdj.schemas.work;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.List;

/**
 * Names and columns of the member-level work tables (OUT/work/NAME/): computed by the member indicator jobs,
 * read by later jobs, never published. See CONTRACTS.md.
 */
public final class WorkTables {
    private WorkTables() {
    }

    public static final String MEMBER_KEY = "member_key";

    /** Group attribute columns, named after their dimension (Dimensions.ORDER without `all`), values as strings. */
    public static final List<String> GROUP_ATTRIBUTES = List.of(Dimensions.AGE_BAND, Dimensions.GENDER,
            Dimensions.EDUCATION, Dimensions.MEMBER_TYPE, Dimensions.ROLE, Dimensions.UNIT_TYPE, Dimensions.UNIT,
            Dimensions.MOBILE, Dimensions.MOBILITY_IMPAIRED);

    /** The member's branch: carried next to the group attributes, not a dimension. */
    public static final String BRANCH_ID = "branch_id";

    /** Credited 学时: one row per member and credited event (platform minutes as event_type `platform`). */
    public static final class CreditedHours {
        public static final String NAME = "credited_hours";
        public static final String EVENT_ID = "event_id";
        public static final String EVENT_TYPE = "event_type";
        public static final String DATE = "date";
        public static final String YEAR = "year";
        public static final String QUARTER = "quarter";
        public static final String CREDIT_HOURS = "credit_hours";
        /** The event_type of credit rows made from learning-platform minutes (only when the rules enable it). */
        public static final String PLATFORM_EVENT_TYPE = "platform";
        public static final List<String> COLUMNS = List.of(MEMBER_KEY, EVENT_ID, EVENT_TYPE, DATE, YEAR, QUARTER,
                CREDIT_HOURS);
    }

    /** One row per member per coverage window in which the member is eligible. */
    public static final class MemberPeriods {
        public static final String NAME = "member_periods";
        public static final String PERIOD = Indicators.PERIOD;
        public static final String WINDOW_START = "window_start";
        public static final String WINDOW_END = "window_end";
        public static final String REQUIREMENT = "requirement";
        public static final String HOURS = "hours";
        public static final List<String> COLUMNS = List.of(PERIOD, WINDOW_START, WINDOW_END, MEMBER_KEY,
                Dimensions.AGE_BAND, Dimensions.GENDER, Dimensions.EDUCATION, Dimensions.MEMBER_TYPE, Dimensions.ROLE,
                Dimensions.UNIT_TYPE, Dimensions.UNIT, BRANCH_ID, Dimensions.MOBILE, Dimensions.MOBILITY_IMPAIRED,
                REQUIREMENT, HOURS);
    }

    /** Per year and eligible member: the outcomes the under_served tests use, each member one trial. */
    public static final class MemberOutcomes {
        public static final String NAME = "member_outcomes";
        public static final String PERIOD = Indicators.PERIOD;
        public static final String ATTAINED = "attained";
        public static final String REACHED = "reached";
        public static final String VOLUNTEERED = "volunteered";
        public static final String PLATFORM_ACTIVE = "platform_active";
        public static final List<String> COLUMNS = List.of(PERIOD, MEMBER_KEY,
                Dimensions.AGE_BAND, Dimensions.GENDER, Dimensions.EDUCATION, Dimensions.MEMBER_TYPE, Dimensions.ROLE,
                Dimensions.UNIT_TYPE, Dimensions.UNIT, BRANCH_ID, Dimensions.MOBILE, Dimensions.MOBILITY_IMPAIRED,
                ATTAINED, REACHED, VOLUNTEERED, PLATFORM_ACTIVE);
    }
}

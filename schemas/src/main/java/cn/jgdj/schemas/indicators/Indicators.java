package cn.jgdj.schemas.indicators;

import static cn.jgdj.schemas.codes.CodeTable.en;

import cn.jgdj.schemas.codes.CodeTable;
import cn.jgdj.schemas.codes.Codes;
import java.util.ArrayList;
import java.util.List;

/**
 * Names and columns of the indicator tables (OUT/indicators/NAME/ as Parquet, NAME.csv as a copy).
 * Jobs write these columns in this order; dashboards read them by these names.
 * Rates are fractions in [0, 1]; periods are written 2025, 2025Q2 or 2025-04.
 */
public final class Indicators {
    private Indicators() {
    }

    /** Groups with fewer members are suppressed unless a run says otherwise (DOMAIN: 10). */
    public static final int DEFAULT_MIN_CELL_SIZE = 10;

    // Shared column names.
    public static final String PERIOD = "period";
    public static final String DIMENSION = "dimension";
    public static final String GROUP = "group";
    public static final String SUPPRESSED = "suppressed";
    public static final String UNIT_ID = "unit_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String INDICATOR = "indicator";
    /** True for the period still in progress on the run's as-of day (its last day is later): not yet complete. */
    public static final String PARTIAL = "partial";

    /** 学时 coverage per year and year-to-date at each quarter end. */
    public static final class Coverage {
        public static final String NAME = "coverage";
        public static final String ELIGIBLE = "eligible";
        public static final String REACHED = "reached";
        public static final String ATTAINED = "attained";
        public static final String REACH_RATE = "reach_rate";
        public static final String ATTAINMENT_RATE = "attainment_rate";
        public static final String CI_LOW = "ci_low";
        public static final String CI_HIGH = "ci_high";
        public static final List<String> COLUMNS = List.of(PERIOD, DIMENSION, GROUP, ELIGIBLE, REACHED, ATTAINED,
                REACH_RATE, ATTAINMENT_RATE, CI_LOW, CI_HIGH, SUPPRESSED, PARTIAL);
    }

    /** Attendance at events per organiser unit and event type. */
    public static final class Participation {
        public static final String NAME = "participation";
        public static final String EVENTS = "events";
        public static final String EXPECTED = "expected";
        public static final String PRESENT = "present";
        public static final String EXCUSED = "excused";
        public static final String ABSENT = "absent";
        public static final String MAKEUP = "makeup";
        public static final String PARTICIPATION_RATE = "participation_rate";
        public static final List<String> COLUMNS = List.of(PERIOD, UNIT_ID, EVENT_TYPE, EVENTS, EXPECTED, PRESENT,
                EXCUSED, ABSENT, MAKEUP, PARTICIPATION_RATE, PARTIAL);
    }

    /** 三会一课 cadence per branch and quarter: one held-count column per cadence type (Codes.CADENCE_TYPES). */
    public static final class BranchCompliance {
        public static final String NAME = "branch_compliance";
        public static final String BRANCH_ID = "branch_id";
        public static final String COMPLIANT = "compliant";
        /**
         * period, branch_id, unit_id, one held-count column per Codes.CADENCE_TYPES id, compliant (null while the
         * quarter is partial), partial.
         */
        public static final List<String> COLUMNS = columns();

        private static List<String> columns() {
            List<String> c = new ArrayList<>(List.of(PERIOD, BRANCH_ID, UNIT_ID));
            c.addAll(Codes.CADENCE_TYPES);
            c.add(COMPLIANT);
            c.add(PARTIAL);
            return List.copyOf(c);
        }
    }

    /** Theory study groups observed by work-committee staff (列席旁听). */
    public static final class ObservationCoverage {
        public static final String NAME = "observation_coverage";
        public static final String UNITS_WITH_STUDY_GROUP = "units_with_study_group";
        public static final String UNITS_OBSERVED = "units_observed";
        public static final String OBSERVED_SHARE = "observed_share";
        public static final List<String> COLUMNS = List.of(PERIOD, UNITS_WITH_STUDY_GROUP, UNITS_OBSERVED,
                OBSERVED_SHARE);
    }

    /** Aggregate learning-platform engagement per month and per quarter (2025Q2); never per person. */
    public static final class PlatformEngagement {
        public static final String NAME = "platform_engagement";
        public static final String PLATFORM = "platform";
        public static final String ELIGIBLE = "eligible";
        public static final String ACTIVE = "active";
        public static final String ACTIVE_RATE = "active_rate";
        public static final String MEDIAN_POINTS = "median_points_per_active_day";
        public static final List<String> COLUMNS = List.of(PERIOD, PLATFORM, DIMENSION, GROUP, ELIGIBLE, ACTIVE,
                ACTIVE_RATE, MEDIAN_POINTS, SUPPRESSED, PARTIAL);
    }

    /** Volunteer service per year and quarter; theme `all` is every theme together. */
    public static final class Volunteer {
        public static final String NAME = "volunteer";
        public static final String THEME = "theme";
        public static final String ALL_THEMES = "all";
        public static final String MEMBERS = "members";
        public static final String PARTICIPANTS = "participants";
        public static final String PARTICIPATION_RATE = "participation_rate";
        public static final String HOURS = "hours";
        public static final List<String> COLUMNS = List.of(PERIOD, DIMENSION, GROUP, THEME, MEMBERS, PARTICIPANTS,
                PARTICIPATION_RATE, HOURS, SUPPRESSED, PARTIAL);
    }

    /** Use of teaching venues across units. */
    public static final class VenueUse {
        public static final String NAME = "venue_use";
        public static final String VENUE_ID = "venue_id";
        public static final String VENUE_NAME = "venue_name";
        public static final String KIND = "kind";
        public static final String OWNER_UNIT_ID = "owner_unit_id";
        public static final String SESSIONS = "sessions";
        public static final String VISITING_UNITS = "visiting_units";
        public static final String EXTERNAL_SHARE = "external_share";
        public static final List<String> COLUMNS = List.of(PERIOD, VENUE_ID, VENUE_NAME, KIND, OWNER_UNIT_ID,
                SESSIONS, VISITING_UNITS, EXTERNAL_SHARE);
    }

    /** Quarterly series of the headline indicators (complete quarters only), series statistics repeated per row. */
    public static final class Trends {
        public static final String NAME = "trends";
        public static final String VALUE = "value";
        public static final String YOY_CHANGE = "yoy_change";
        /** Seasonal Sen slope (quarters as seasons), in rate units per year, and its 95% interval (Gilbert). */
        public static final String SLOPE = "sen_slope_per_year";
        public static final String SLOPE_CI_LOW = "sen_slope_ci_low";
        public static final String SLOPE_CI_HIGH = "sen_slope_ci_high";
        /** Seasonal Kendall test (Hirsch, Slack & Smith 1982): S, continuity-corrected Z, two-sided p. */
        public static final String SK_S = "sk_s";
        public static final String SK_Z = "sk_z";
        public static final String SK_P = "sk_p";
        public static final String DIRECTION = "direction";
        public static final List<String> COLUMNS = List.of(INDICATOR, DIMENSION, GROUP, PERIOD, VALUE, YOY_CHANGE,
                SLOPE, SLOPE_CI_LOW, SLOPE_CI_HIGH, SK_S, SK_Z, SK_P, DIRECTION, SUPPRESSED);
        /** Headline indicator identifiers (the `indicator` column). */
        public static final String ATTAINMENT_RATE = "attainment_rate";
        public static final String PARTICIPATION_RATE = "participation_rate";
        public static final String COMPLIANCE_RATE = "compliance_rate";
        public static final String PLATFORM_ACTIVE_RATE = "platform_active_rate";
        public static final String VOLUNTEER_PARTICIPATION_RATE = "volunteer_participation_rate";
        public static final List<String> HEADLINES = List.of(ATTAINMENT_RATE, PARTICIPATION_RATE, COMPLIANCE_RATE,
                PLATFORM_ACTIVE_RATE, VOLUNTEER_PARTICIPATION_RATE);
        /** The headline indicators' labels, for chart legends and titles. */
        public static final CodeTable HEADLINE_LABELS = CodeTable.named("trends.indicator")
                .code(ATTAINMENT_RATE, en("Year-to-date attainment"), "累计学时达标率")
                .code(PARTICIPATION_RATE, en("Event participation (quarter)"), "季度活动参加率")
                .code(COMPLIANCE_RATE, en("Meeting cadence kept (quarter)"), "季度“三会一课”制度落实率")
                .code(PLATFORM_ACTIVE_RATE, en("Platform activity (quarter)"), "季度学习平台活跃率")
                .code(VOLUNTEER_PARTICIPATION_RATE, en("Volunteer participation (quarter)"), "季度志愿服务参与率")
                .build();
        public static final String RISING = "rising";
        public static final String FALLING = "falling";
        public static final String FLAT = "flat";
    }

    /** Member groups whose outcome rate is significantly below the rest of the eligible members. */
    public static final class UnderServed {
        public static final String NAME = "under_served";
        public static final String MEMBERS = "members";
        public static final String RATE = "rate";
        public static final String REST_MEMBERS = "rest_members";
        public static final String REST_RATE = "rest_rate";
        public static final String GAP_PP = "gap_pp";
        public static final String TEST = "test";
        public static final String P_VALUE = "p_value";
        public static final String Q_VALUE = "q_value";
        public static final String FLAGGED = "flagged";
        public static final List<String> COLUMNS = List.of(PERIOD, INDICATOR, DIMENSION, GROUP, MEMBERS, RATE,
                REST_MEMBERS, REST_RATE, GAP_PP, TEST, P_VALUE, Q_VALUE, FLAGGED, SUPPRESSED);
        /** Member-level outcomes (the `indicator` column). */
        public static final String ATTAINMENT = "attainment";
        public static final String REACH = "reach";
        public static final String VOLUNTEER_PARTICIPATION = "volunteer_participation";
        public static final String PLATFORM_ACTIVITY = "platform_activity";
        public static final List<String> OUTCOMES = List.of(ATTAINMENT, REACH, VOLUNTEER_PARTICIPATION,
                PLATFORM_ACTIVITY);
        /** A group is flagged when its Benjamini–Hochberg q-value is below this ... */
        public static final double FLAG_MAX_Q = 0.05;
        /** ... and it trails the rest by at least this many percentage points. */
        public static final int FLAG_MIN_SHORTFALL_PP = 5;
        /** The outcomes' labels. */
        public static final CodeTable OUTCOME_LABELS = CodeTable.named("under_served.indicator")
                .code(ATTAINMENT, en("Attainment"), "学时达标率")
                .code(REACH, en("Reach"), "参训率")
                .code(VOLUNTEER_PARTICIPATION, en("Volunteer participation"), "志愿服务参与率")
                .code(PLATFORM_ACTIVITY, en("Platform activity"), "学习平台活跃率")
                .build();
    }

    /** Restricted: members behind pace, for branch secretaries; written under OUT/restricted, never in a pack. */
    public static final class Followup {
        public static final String NAME = "followup";
        public static final String MEMBER_KEY = "member_key";
        public static final String HOURS_SO_FAR = "hours_so_far";
        public static final String REQUIREMENT = "requirement";
        public static final String PROJECTED_HOURS = "projected_hours";
        public static final List<String> COLUMNS = List.of(PERIOD, MEMBER_KEY, UNIT_ID, HOURS_SO_FAR, REQUIREMENT,
                PROJECTED_HOURS);
    }

    /** The county's units by id, so that packs can name them (units are organisations, not personal data). */
    public static final class UnitDirectory {
        public static final String NAME = "units";
        public static final String UNIT_NAME = "unit_name";
        public static final String UNIT_TYPE = "unit_type";
        public static final List<String> COLUMNS = List.of(UNIT_ID, UNIT_NAME, UNIT_TYPE);
    }

    /**
     * Training effectiveness (培训成效): Callaway &amp; Sant'Anna group-time effects of each training program on what
     * members do in the months after, aggregated to an event study (event_time -3 … 6) and an overall effect
     * (event_time `overall`: months +1 … +3), per dimension (`all`, `unit_type`, `role`) and group.
     */
    public static final class Effectiveness {
        public static final String NAME = "effectiveness";
        public static final String PROGRAM = "program";
        public static final String OUTCOME = "outcome";
        public static final String EVENT_TIME = "event_time";
        public static final String ATT = "att";
        public static final String CI_LOW = "ci_low";
        public static final String CI_HIGH = "ci_high";
        public static final String TREATED = "treated";
        public static final String COMPARISON = "comparison";
        public static final String PRETREND_WARNING = "pretrend_warning";
        public static final String BOOTSTRAP_DRAWS = "bootstrap_draws";
        public static final String BOOTSTRAP_SEED = "bootstrap_seed";
        public static final List<String> COLUMNS = List.of(PERIOD, PROGRAM, OUTCOME, DIMENSION, GROUP, EVENT_TIME,
                ATT, CI_LOW, CI_HIGH, TREATED, COMPARISON, PRETREND_WARNING, SUPPRESSED, BOOTSTRAP_DRAWS,
                BOOTSTRAP_SEED);
        /** The event_time of the overall effect (the mean of event times +1 … +3). */
        public static final String OVERALL = "overall";
        public static final int FIRST_EVENT_TIME = -3;
        public static final int LAST_EVENT_TIME = 6;
        public static final int OVERALL_FROM = 1;
        public static final int OVERALL_TO = 3;
        /** Training programs (event types), in table order. */
        public static final List<String> PROGRAMS = List.of(Codes.ROTATION_TRAINING, Codes.TRAINING_CLASS,
                Codes.ONSITE_TEACHING, Codes.SPECIAL_LECTURE);
        /** Days in the month with platform points or minutes &gt; 0 (both platforms). */
        public static final String PLATFORM_ACTIVE_DAYS = "platform_active_days";
        /** Present / expected at the month's 三会一课 and 主题党日; missing in a month without an expected meeting. */
        public static final String MEETING_ATTENDANCE = "meeting_attendance";
        /** 1 when the member logged volunteer service in the month, else 0. */
        public static final String VOLUNTEER_PARTICIPATION = "volunteer_participation";
        public static final List<String> OUTCOMES = List.of(PLATFORM_ACTIVE_DAYS, MEETING_ATTENDANCE,
                VOLUNTEER_PARTICIPATION);
    }

    /**
     * Year-end attainment forecast at each quarter end (Q1-Q3) per dimension × group, with an 80 % empirical
     * prediction interval; every earlier year is backtested the same way (actual, error, covered).
     */
    public static final class Forecast {
        public static final String NAME = "forecast";
        /** The quarter end the forecast is made at: 2025Q2. */
        public static final String AS_OF = "as_of";
        public static final String ELIGIBLE = "eligible";
        /** Members behind pace by elapsed days at the quarter end (the follow-up list's rule). */
        public static final String BEHIND_PACE = "behind_pace";
        /** Share of members whose projected year-end hours reach their requirement. */
        public static final String ON_TRACK_RATE = "on_track_rate";
        public static final String PROJECTED_RATE = "projected_rate";
        public static final String PI_LOW = "pi_low";
        public static final String PI_HIGH = "pi_high";
        /** Earlier complete years whose experience the forecast replays. */
        public static final String EARLIER_YEARS = "earlier_years";
        /** Year-end attainment rate (coverage's), once the year is complete. */
        public static final String ACTUAL_RATE = "actual_rate";
        /** projected_rate − actual_rate. */
        public static final String ERROR = "error";
        public static final String COVERED = "covered";
        /** Earlier years of this quarter and group with a forecast and an actual: the backtest. */
        public static final String BACKTEST_YEARS = "backtest_years";
        public static final String BACKTEST_COVERAGE = "backtest_coverage";
        public static final String BACKTEST_MEAN_ABS_ERROR = "backtest_mean_abs_error";
        public static final String STATUS = "status";
        public static final String STATUS_OK = "ok";
        /** Fewer than two earlier complete years: no forecast is made. */
        public static final String STATUS_INSUFFICIENT_HISTORY = "insufficient_history";
        public static final double INTERVAL_LEVEL = 0.80;
        public static final List<String> COLUMNS = List.of(PERIOD, AS_OF, DIMENSION, GROUP, ELIGIBLE, BEHIND_PACE,
                ON_TRACK_RATE, PROJECTED_RATE, PI_LOW, PI_HIGH, EARLIER_YEARS, ACTUAL_RATE, ERROR, COVERED,
                BACKTEST_YEARS, BACKTEST_COVERAGE, BACKTEST_MEAN_ABS_ERROR, STATUS, SUPPRESSED);
    }

    /** Branch secretaries' training (书记培训) per year, for the county (`all`), unit types and units. */
    public static final class SecretaryReadiness {
        public static final String NAME = "secretary_readiness";
        public static final String SECRETARIES = "secretaries";
        public static final String TRAINED = "trained";
        public static final String TRAINED_RATE = "trained_rate";
        public static final String NEWLY_APPOINTED = "newly_appointed";
        public static final String NEW_TRAINED_IN_WINDOW = "new_trained_in_window";
        public static final String NEW_TRAINED_RATE = "new_trained_rate";
        public static final String OVERDUE = "overdue";
        public static final String OVERDUE_RATE = "overdue_rate";
        public static final List<String> COLUMNS = List.of(PERIOD, DIMENSION, GROUP, SECRETARIES, TRAINED,
                TRAINED_RATE, NEWLY_APPOINTED, NEW_TRAINED_IN_WINDOW, NEW_TRAINED_RATE, OVERDUE, OVERDUE_RATE,
                SUPPRESSED);
    }

    /** Data-quality scorecard per reporting unit × quarter: one row per check (long form, for heat maps). */
    public static final class DataQuality {
        public static final String NAME = "data_quality";
        public static final String CHECK = "check";
        public static final String COUNT = "count";
        /** The unit's rows in the quarter (the share's denominator). */
        public static final String UNIT_ROWS = "unit_rows";
        public static final String SHARE = "share";
        public static final String THRESHOLD = "threshold";
        public static final String EXCEEDS = "exceeds";
        /** Whether any check of the unit in the quarter exceeds its threshold. */
        public static final String NEEDS_REVIEW = "needs_review";
        /** Check ids. Rows set aside at ingest are one check per reason: set_aside:REASON_CODE. */
        public static final String SET_ASIDE = "set_aside";
        public static final String ASSUMED_ROSTER = "assumed_roster";
        public static final String EVENT_WITHOUT_END_OR_VENUE = "event_without_end_or_venue";
        public static final String PLATFORM_AFTER_VALIDITY = "platform_after_validity";
        /** Extra copies of a row that ingest collapsed (counted against the unit's rows, not in them). */
        public static final String EXACT_DUPLICATE = "exact_duplicate";
        /** Weaker attendance rows of a member and event that ingest superseded (counted like exact_duplicate). */
        public static final String SUPERSEDED = "superseded";
        /** Every check in the order the scorecard shows them (set_aside also splits by reason). */
        public static final List<String> CHECKS = List.of(SET_ASIDE, ASSUMED_ROSTER, EVENT_WITHOUT_END_OR_VENUE,
                PLATFORM_AFTER_VALIDITY, EXACT_DUPLICATE, SUPERSEDED);
        /** The period of rows whose date could not be read (set aside with a bad or missing date). */
        public static final String UNDATED = "undated";
        public static final List<String> COLUMNS = List.of(PERIOD, UNIT_ID, CHECK, COUNT, UNIT_ROWS, SHARE,
                THRESHOLD, EXCEEDS, NEEDS_REVIEW);
    }

    /** A table published under OUT/indicators/ (Parquet and a CSV copy): its name and its columns in order. */
    public record Published(String name, List<String> columns) {
        public Published {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Every published indicator table, described once, in the order a reader meets them (followup excluded: it is
     * restricted). The pack tasks' inputs and the packs' tables come from this list: a new table is one line here.
     */
    public static final List<Published> PUBLISHED = List.of(
            new Published(UnitDirectory.NAME, UnitDirectory.COLUMNS),
            new Published(Coverage.NAME, Coverage.COLUMNS),
            new Published(Participation.NAME, Participation.COLUMNS),
            new Published(BranchCompliance.NAME, BranchCompliance.COLUMNS),
            new Published(ObservationCoverage.NAME, ObservationCoverage.COLUMNS),
            new Published(PlatformEngagement.NAME, PlatformEngagement.COLUMNS),
            new Published(Volunteer.NAME, Volunteer.COLUMNS),
            new Published(VenueUse.NAME, VenueUse.COLUMNS),
            new Published(Trends.NAME, Trends.COLUMNS),
            new Published(UnderServed.NAME, UnderServed.COLUMNS),
            new Published(Effectiveness.NAME, Effectiveness.COLUMNS),
            new Published(Forecast.NAME, Forecast.COLUMNS),
            new Published(SecretaryReadiness.NAME, SecretaryReadiness.COLUMNS),
            new Published(DataQuality.NAME, DataQuality.COLUMNS),
            new Published(ReportQuestions.ObservationByUnit.NAME, ReportQuestions.ObservationByUnit.COLUMNS),
            new Published(ReportQuestions.TrainingReach.NAME, ReportQuestions.TrainingReach.COLUMNS),
            new Published(ReportQuestions.TrainingMix.NAME, ReportQuestions.TrainingMix.COLUMNS));

    /** The names of {@link #PUBLISHED}, in its order. */
    public static final List<String> PUBLIC_TABLES = PUBLISHED.stream().map(Published::name).toList();

    /** The published table of this name. */
    public static Published published(String name) {
        return PUBLISHED.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a published indicator table "
                        + PUBLIC_TABLES));
    }
}

package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.Venues;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.quality.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;

/** The per-dataset checks beyond column types: periods, daily caps and references to earlier datasets. */
final class DatasetRules {
    private DatasetRules() {
    }

    /** Two columns of a row that must not end before they start. */
    record StartEnd(String start, String end) {
    }

    static final Map<String, StartEnd> START_ENDS = Map.of(
            Members.NAME, new StartEnd(Members.VALID_FROM, Members.VALID_TO),
            Events.NAME, new StartEnd(Events.START_TIME, Events.END_TIME));

    /**
     * Datasets whose rows of one key are ranked (DOMAIN.md, second edition): the column and its codes, strongest
     * first. Several attendance rows of one member and event are the normal record of an absence made up later.
     */
    record Precedence(String column, List<String> strongestFirst) {
    }

    static final Map<String, Precedence> PRECEDENCE = Map.of(Attendance.NAME, new Precedence(Attendance.STATUS,
            List.of(Codes.MAKEUP, Codes.PRESENT, Codes.EXCUSED, Codes.ABSENT, Codes.OBSERVER)));

    /** A row's rank under its dataset's precedence (higher is stronger), 0 for every row when it has none. */
    static Column precedence(String dataset) {
        Precedence p = PRECEDENCE.get(dataset);
        if (p == null) {
            return lit(0);
        }
        List<String> codes = p.strongestFirst();
        Column rank = null;
        for (int i = 0; i < codes.size(); i++) {
            Column is = col(p.column()).equalTo(codes.get(i));
            int r = codes.size() - i;
            rank = rank == null ? when(is, r) : rank.when(is, r);
        }
        return rank.otherwise(0);
    }

    /**
     * Date columns that may lie after the day of the run (DOMAIN.md, second edition): a member row's planned end
     * and the end of an event in progress. Every other date after that day is a FUTURE_DATE.
     */
    static final Set<String> MAY_LIE_AHEAD = Set.of(Members.VALID_TO, Events.END_TIME);

    /**
     * The column capped per day: hours at 24 for each day the row's period touches (one day without a period),
     * platform minutes at 1440. Attendance credit is capped too, against its event, in {@link CrossChecks}.
     */
    static final Map<String, String> DAILY_CAPS = Map.of(
            Events.NAME, Events.CREDIT_HOURS,
            VolunteerLogs.NAME, VolunteerLogs.HOURS,
            PlatformUsage.NAME, PlatformUsage.MINUTES);

    /**
     * A column whose value must exist in a committed curated dataset. A member_id is matched through its
     * member_key, since curated members carry no member_id.
     */
    record Reference(String column, String target, String targetColumn, ReasonCode code) {
        boolean viaMemberKey() {
            return column.equals(Members.MEMBER_ID);
        }
    }

    private static Reference unit(String column) {
        return new Reference(column, Units.NAME, Units.UNIT_ID, ReasonCode.UNKNOWN_REFERENCE);
    }

    private static Reference branch(String column) {
        return new Reference(column, Branches.NAME, Branches.BRANCH_ID, ReasonCode.UNKNOWN_REFERENCE);
    }

    private static Reference member() {
        return new Reference(Members.MEMBER_ID, Members.NAME, Members.MEMBER_KEY, ReasonCode.UNKNOWN_MEMBER);
    }

    /** References in the order their columns appear, which is the order they are checked. */
    static final Map<String, List<Reference>> REFERENCES = Map.of(
            Units.NAME, List.of(),
            Branches.NAME, List.of(unit(Branches.UNIT_ID)),
            Venues.NAME, List.of(unit(Venues.OWNER_UNIT_ID)),
            Members.NAME, List.of(branch(Members.BRANCH_ID)),
            Events.NAME, List.of(unit(Events.ORGANIZER_UNIT_ID), branch(Events.BRANCH_ID),
                    new Reference(Events.VENUE_ID, Venues.NAME, Venues.VENUE_ID, ReasonCode.UNKNOWN_REFERENCE)),
            Attendance.NAME, List.of(
                    new Reference(Attendance.EVENT_ID, Events.NAME, Events.EVENT_ID, ReasonCode.UNKNOWN_EVENT),
                    member()),
            PlatformUsage.NAME, List.of(member()),
            VolunteerLogs.NAME, List.of(member(), unit(VolunteerLogs.ORGANIZER_UNIT_ID)));

    static List<Reference> references(String dataset) {
        List<Reference> refs = REFERENCES.get(dataset);
        if (refs == null) {
            throw new IllegalArgumentException("no reference rules for dataset '" + dataset + "'");
        }
        return refs;
    }
}

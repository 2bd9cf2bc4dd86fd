package cn.jgdj.jobs.reportquestions;

import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.ATTENDANCES;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.CANDIDATE_CLASS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.EVENTS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.MEMBERS_TRAINED;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.OTHER_CLASS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.PARTY_AFFAIRS_CLASS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.PROGRAM;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.PROGRAMS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.ROTATION;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.SECRETARY_CLASS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.TARGET_MEMBERS;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.TARGET_TRAINED;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * training_reach per year: rotation training (集中轮训) and training classes (培训班) by kind — classes held (班次),
 * present and makeup rows (人次) and the distinct people trained — with the reach of each program's own audience:
 * every eligible member for rotation training; eligible secretaries and party-affairs staff (role from their
 * year's member_periods row) for their classes; candidates (发展对象, any member row of type candidate overlapping
 * the year) for candidate classes.
 *
 * <p>The events file has no "kind of class" column, so a class's kind is read from the people it was for: each of
 * its present, makeup, excused or absent rows counts for its person's kind on the class's day (candidate or activist
 * → candidate class; else secretary; else party-affairs staff; else other), and the most frequent kind wins (ties in
 * the order of {@code PROGRAMS}). A row is suppressed when its audience (or, for other classes, the people trained)
 * is under the minimum cell size.
 */
final class ProgramReach {
    private ProgramReach() {
    }

    private static final Date OPEN_END = Date.valueOf("9999-12-31");
    /** The year column of the working tables (an int). */
    static final String YEAR = "_year";
    private static final String DAY = "_day";
    private static final String KIND = "_kind";
    private static final String ROWS = "_rows";
    private static final String PERSON = "_person";
    private static final String UNTIL = "_until";
    private static final List<String> EXPECTED = List.of(Codes.PRESENT, Codes.MAKEUP, Codes.EXCUSED, Codes.ABSENT);
    private static final List<String> CREDITED = List.of(Codes.PRESENT, Codes.MAKEUP);

    /**
     * @param memberPeriods work/member_periods (its year rows are the eligible members of each year)
     * @param events        events up to the as-of day
     * @param reportYears   the years of member_periods' year rows (the candidates' audience is cut to them)
     */
    static Dataset<Row> table(Dataset<Row> members, Dataset<Row> memberPeriods, Dataset<Row> events,
                              Dataset<Row> attendance, List<Integer> reportYears, int minCellSize) {
        List<Row> counts = counts(members, memberPeriods, events, attendance, reportYears).collectAsList();
        return events.sparkSession().createDataFrame(ReachRows.of(counts, minCellSize), ReachRows.SCHEMA);
    }

    private static final String EVENT_ROW = "_event_row";
    private static final String HELD = "_held";
    private static final String KIND_ROWS = "_kind_rows";

    /**
     * Per year and program ({@link ReachRows#COUNTS}): the events held, the present and makeup rows at them, the
     * people trained, the audience and the audience trained. One plan, two shuffles: the program events and their
     * expected rows by event (a class's kind and each person's rows there), then the people of each program and its
     * audience by year and program.
     */
    static Dataset<Row> counts(Dataset<Row> members, Dataset<Row> memberPeriods, Dataset<Row> events,
                               Dataset<Row> attendance, List<Integer> reportYears) {
        Dataset<Row> programEvents = events
                .where(col(Events.EVENT_TYPE).isin(Codes.ROTATION_TRAINING, Codes.TRAINING_CLASS))
                .select(col(Events.EVENT_ID), col(Events.EVENT_TYPE), to_date(col(Events.START_TIME)).as(DAY));
        // Each program event once (no person), and each person's expected rows at it (credited: present, makeup).
        Dataset<Row> eventRows = programEvents.select(col(Events.EVENT_ID), col(Events.EVENT_TYPE), col(DAY),
                lit(null).cast("string").as(Attendance.MEMBER_KEY), lit(0L).as(ROWS), lit(true).as(EVENT_ROW));
        Dataset<Row> expectedRows = attendance.where(col(Attendance.STATUS).isin(EXPECTED.toArray()))
                .join(programEvents, Attendance.EVENT_ID)
                .select(col(Events.EVENT_ID), col(Events.EVENT_TYPE), col(DAY), col(Attendance.MEMBER_KEY),
                        when(col(Attendance.STATUS).isin(CREDITED.toArray()), 1L).otherwise(0L).as(ROWS),
                        lit(false).as(EVENT_ROW));
        // The person's kind on the event's day: their member row valid that day (the latest if a handover day).
        Column validUntil = coalesce(col(Members.VALID_TO), lit(OPEN_END));
        Column kind = when(col(Members.MEMBER_TYPE).isin(Codes.CANDIDATE, Codes.ACTIVIST), lit(CANDIDATE_CLASS))
                .when(col(Members.ROLE).equalTo(Codes.SECRETARY), lit(SECRETARY_CLASS))
                .when(col(Members.ROLE).equalTo(PARTY_AFFAIRS_ROLE), lit(PARTY_AFFAIRS_CLASS))
                .otherwise(lit(OTHER_CLASS));
        // Per person at an event (the event's type and day go with its id, so they group along).
        Column[] person = {col(Events.EVENT_ID), col(Attendance.MEMBER_KEY), col(EVENT_ROW), col(Events.EVENT_TYPE),
                col(DAY)};
        // Shuffled once, by event: the aggregations per person and the windows per event keep that partitioning.
        Dataset<Row> people = eventRows.unionByName(expectedRows)
                .repartition(col(Events.EVENT_ID))
                .groupBy(person)
                .agg(sum(col(ROWS)).as(ROWS))
                .join(members.select(col(Members.MEMBER_KEY).as(PERSON), col(Members.VALID_FROM),
                                validUntil.as(UNTIL), kind.as(KIND)),
                        col(Attendance.MEMBER_KEY).equalTo(col(PERSON))
                                .and(col(DAY).between(col(Members.VALID_FROM), col(UNTIL))), "left")
                .groupBy(person)
                .agg(max(col(ROWS)).as(ROWS),
                        max_by(coalesce(col(KIND), lit(OTHER_CLASS)), col(Members.VALID_FROM)).as(KIND));
        // A class's kind: its people's most frequent kind, ties in the order of PROGRAMS (max_by over a struct
        // orders field by field); a class with no expected rows is an other class.
        Column tieBreak = lit(PROGRAMS.size()).minus(array_position(
                org.apache.spark.sql.functions.array(PROGRAMS.stream().map(p -> lit(p)).toArray(Column[]::new)),
                col(KIND)));
        Column personRow = not(col(EVENT_ROW));
        Column classKind = max_by(col(KIND), when(personRow, struct(col(KIND_ROWS), tieBreak)))
                .over(Window.partitionBy(col(Events.EVENT_ID)));
        Column program = when(col(Events.EVENT_TYPE).equalTo(Codes.ROTATION_TRAINING), lit(ROTATION))
                .otherwise(coalesce(classKind, lit(OTHER_CLASS)));
        Dataset<Row> trained = people
                .withColumn(KIND_ROWS, count(lit(1)).over(Window.partitionBy(col(Events.EVENT_ID), col(EVENT_ROW),
                        col(KIND))))
                .select(year(col(DAY)).as(YEAR), program.as(PROGRAM), col(Attendance.MEMBER_KEY), col(ROWS),
                        lit(0).as(AUDIENCE), when(col(EVENT_ROW), 1L).otherwise(0L).as(HELD))
                .where(col(HELD).equalTo(1L).or(col(ROWS).gt(0)));

        Dataset<Row> audience = audience(members, memberPeriods, reportYears)
                .select(col(YEAR), col(PROGRAM), col(WorkTables.MEMBER_KEY).as(Attendance.MEMBER_KEY),
                        lit(0L).as(ROWS), lit(1).as(AUDIENCE), lit(0L).as(HELD));
        Column trainedPerson = col(Attendance.MEMBER_KEY).isNotNull().and(col(ROWS).gt(0));
        // One exchange by year and program serves both aggregations (each groups by a superset of it); the rows are
        // few (the program events' people and each year's audiences), so no map-side reduction is missed.
        return trained.unionByName(audience)
                .repartition(col(YEAR), col(PROGRAM))
                .groupBy(col(YEAR), col(PROGRAM), col(Attendance.MEMBER_KEY))
                .agg(sum(col(ROWS)).as(ROWS), max(col(AUDIENCE)).as(AUDIENCE), sum(col(HELD)).as(HELD))
                .groupBy(col(YEAR), col(PROGRAM))
                .agg(sum(col(HELD)).as(EVENTS), sum(col(ROWS)).as(ATTENDANCES),
                        count(when(trainedPerson, 1)).as(MEMBERS_TRAINED),
                        sum(col(AUDIENCE).cast("long")).as(TARGET_MEMBERS),
                        count(when(trainedPerson.and(col(AUDIENCE).equalTo(1)), 1)).as(TARGET_TRAINED))
                .select(ReachRows.COUNTS.stream().map(c -> col(c)).toArray(Column[]::new));
    }

    private static final String AUDIENCE = "_audience";

    /**
     * (year, program, member_key) of each program's own audience, a member possibly more than once (the caller's
     * aggregation per member counts each once).
     *
     * @param reportYears the years reported (member_periods' year rows)
     */
    static Dataset<Row> audience(Dataset<Row> members, Dataset<Row> memberPeriods, List<Integer> reportYears) {
        Dataset<Row> years = memberPeriods.where(org.apache.spark.sql.functions.length(col(MemberPeriods.PERIOD))
                        .equalTo(4))
                .select(col(MemberPeriods.PERIOD).cast("int").as(YEAR), col(WorkTables.MEMBER_KEY),
                        col(Dimensions.ROLE));
        Dataset<Row> rotation = years.select(col(YEAR), lit(ROTATION).as(PROGRAM), col(WorkTables.MEMBER_KEY));
        Dataset<Row> secretaries = years.where(col(Dimensions.ROLE).equalTo(Codes.SECRETARY))
                .select(col(YEAR), lit(SECRETARY_CLASS).as(PROGRAM), col(WorkTables.MEMBER_KEY));
        Dataset<Row> partyAffairs = years.where(col(Dimensions.ROLE).equalTo(PARTY_AFFAIRS_ROLE))
                .select(col(YEAR), lit(PARTY_AFFAIRS_CLASS).as(PROGRAM), col(WorkTables.MEMBER_KEY));
        // Candidates are not eligible members: any candidate row overlapping one of the reported years.
        Column validUntil = coalesce(col(Members.VALID_TO), lit(OPEN_END));
        // Each candidate row beside each reported year: the years as a literal array, not a join.
        Column reported = reportYears.isEmpty() ? lit(null).cast("array<int>")
                : org.apache.spark.sql.functions.array(reportYears.stream().map(y -> lit(y)).toArray(Column[]::new));
        Dataset<Row> candidates = members.where(col(Members.MEMBER_TYPE).equalTo(Codes.CANDIDATE))
                .withColumn(YEAR, org.apache.spark.sql.functions.explode(reported))
                .where(col(Members.VALID_FROM).leq(make_date(col(YEAR), lit(12), lit(31)))
                        .and(validUntil.geq(make_date(col(YEAR), lit(1), lit(1)))))
                .select(col(YEAR), lit(CANDIDATE_CLASS).as(PROGRAM), col(Members.MEMBER_KEY).as(WorkTables.MEMBER_KEY));
        return rotation.unionByName(secretaries).unionByName(partyAffairs).unionByName(candidates);
    }

    /** The role code of party-affairs staff (党务干部). */
    static final String PARTY_AFFAIRS_ROLE = "party_affairs";
}

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
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.TARGET_RATE;
import static cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach.TARGET_TRAINED;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.io.PublishedOrder;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
    private static final String YEAR = "_year";
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
     */
    static Dataset<Row> table(Dataset<Row> members, Dataset<Row> memberPeriods, Dataset<Row> events,
                              Dataset<Row> attendance, int minCellSize) {
        Dataset<Row> programEvents = programs(members, events, attendance);
        // One row per year, program and person trained, with the person's credited rows: the attendances, the
        // people trained and the audience reached all read this one aggregation (Spark reuses its exchange), where
        // a distinct count beside a plain count (an Expand) and a separate distinct each took their own shuffles.
        Dataset<Row> trained = attendance.where(col(Attendance.STATUS).isin(CREDITED.toArray()))
                .join(programEvents, Attendance.EVENT_ID)
                .groupBy(col(YEAR), col(PROGRAM), col(Attendance.MEMBER_KEY)).agg(count(lit(1)).as(ROWS));
        Dataset<Row> held = programEvents.groupBy(col(YEAR), col(PROGRAM)).agg(count(lit(1)).as(EVENTS))
                .join(trained.groupBy(col(YEAR), col(PROGRAM)).agg(sum(col(ROWS)).as(ATTENDANCES),
                        count(col(Attendance.MEMBER_KEY)).as(MEMBERS_TRAINED)),
                        new String[] {YEAR, PROGRAM}, "left");

        Dataset<Row> audience = audience(members, memberPeriods);
        Dataset<Row> reached = audience.join(trained.select(col(YEAR), col(PROGRAM), col(Attendance.MEMBER_KEY)),
                        new String[] {YEAR, PROGRAM, Attendance.MEMBER_KEY})
                .groupBy(col(YEAR), col(PROGRAM)).agg(count(lit(1)).as(TARGET_TRAINED));
        Dataset<Row> targets = audience.groupBy(col(YEAR), col(PROGRAM)).agg(count(lit(1)).as(TARGET_MEMBERS))
                .join(reached, new String[] {YEAR, PROGRAM}, "left");

        Column target = col(TARGET_MEMBERS);
        Column people = coalesce(col(MEMBERS_TRAINED), lit(0L));
        return PublishedOrder.sorted(held.join(targets, new String[] {YEAR, PROGRAM}, "full_outer")
                .select(col(YEAR).cast("string").as(Indicators.PERIOD), col(PROGRAM),
                        coalesce(col(EVENTS), lit(0L)).as(EVENTS),
                        coalesce(col(ATTENDANCES), lit(0L)).as(ATTENDANCES),
                        people.as(MEMBERS_TRAINED),
                        target.as(TARGET_MEMBERS),
                        when(target.isNotNull(), coalesce(col(TARGET_TRAINED), lit(0L))).as(TARGET_TRAINED),
                        when(target.gt(0), coalesce(col(TARGET_TRAINED), lit(0L)).cast("double")
                                .divide(target.cast("double"))).as(TARGET_RATE),
                        when(target.isNotNull(), target.lt(minCellSize)).otherwise(people.lt(minCellSize))
                                .as(Indicators.SUPPRESSED)),
                col(Indicators.PERIOD), DimensionGroups.positionIn(PROGRAMS, col(PROGRAM)));
    }

    /** Rotation trainings and training classes with their year and program (a class's kind from its people). */
    static Dataset<Row> programs(Dataset<Row> members, Dataset<Row> events, Dataset<Row> attendance) {
        Dataset<Row> dated = events.select(col(Events.EVENT_ID), col(Events.EVENT_TYPE),
                to_date(col(Events.START_TIME)).as(DAY));
        Dataset<Row> rotation = dated.where(col(Events.EVENT_TYPE).equalTo(Codes.ROTATION_TRAINING))
                .select(col(Events.EVENT_ID), year(col(DAY)).as(YEAR), lit(ROTATION).as(PROGRAM));
        Dataset<Row> classes = dated.where(col(Events.EVENT_TYPE).equalTo(Codes.TRAINING_CLASS));
        // The person's kind on the class's day: their member row valid that day (the latest if a handover day).
        Column validUntil = coalesce(col(Members.VALID_TO), lit(OPEN_END));
        Column kind = when(col(Members.MEMBER_TYPE).isin(Codes.CANDIDATE, Codes.ACTIVIST), lit(CANDIDATE_CLASS))
                .when(col(Members.ROLE).equalTo(Codes.SECRETARY), lit(SECRETARY_CLASS))
                .when(col(Members.ROLE).equalTo(PARTY_AFFAIRS_ROLE), lit(PARTY_AFFAIRS_CLASS))
                .otherwise(lit(OTHER_CLASS));
        Dataset<Row> rowKinds = attendance.where(col(Attendance.STATUS).isin(EXPECTED.toArray()))
                .join(classes, Attendance.EVENT_ID)
                .join(members.select(col(Members.MEMBER_KEY).as(PERSON), col(Members.VALID_FROM),
                                validUntil.as(UNTIL), kind.as(KIND)),
                        col(Attendance.MEMBER_KEY).equalTo(col(PERSON))
                                .and(col(DAY).between(col(Members.VALID_FROM), col(UNTIL))), "left")
                .groupBy(col(Attendance.EVENT_ID), col(Attendance.MEMBER_KEY))
                .agg(max_by(coalesce(col(KIND), lit(OTHER_CLASS)), col(Members.VALID_FROM)).as(KIND));
        // Most rows first, then the earlier program in PROGRAMS (max_by over a struct orders field by field).
        Column tieBreak = lit(PROGRAMS.size()).minus(array_position(
                org.apache.spark.sql.functions.array(PROGRAMS.stream().map(p -> lit(p)).toArray(Column[]::new)),
                col(KIND)));
        Dataset<Row> classKind = rowKinds.groupBy(col(Attendance.EVENT_ID), col(KIND)).agg(count(lit(1)).as(ROWS))
                .groupBy(col(Attendance.EVENT_ID))
                .agg(max_by(col(KIND), struct(col(ROWS), tieBreak)).as(PROGRAM));
        Dataset<Row> kinded = classes.join(classKind, new String[] {Events.EVENT_ID}, "left")
                .select(col(Events.EVENT_ID), year(col(DAY)).as(YEAR),
                        coalesce(col(PROGRAM), lit(OTHER_CLASS)).as(PROGRAM));
        return rotation.unionByName(kinded);
    }

    /** (year, program, member_key) of each program's own audience. */
    static Dataset<Row> audience(Dataset<Row> members, Dataset<Row> memberPeriods) {
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
        Dataset<Row> reportYears = years.select(col(YEAR)).distinct();
        Column validUntil = coalesce(col(Members.VALID_TO), lit(OPEN_END));
        Dataset<Row> candidates = members.where(col(Members.MEMBER_TYPE).equalTo(Codes.CANDIDATE))
                .crossJoin(reportYears)
                .where(col(Members.VALID_FROM).leq(make_date(col(YEAR), lit(12), lit(31)))
                        .and(validUntil.geq(make_date(col(YEAR), lit(1), lit(1)))))
                .select(col(YEAR), lit(CANDIDATE_CLASS).as(PROGRAM), col(Members.MEMBER_KEY).as(WorkTables.MEMBER_KEY));
        return rotation.unionByName(secretaries).unionByName(partyAffairs).unionByName(candidates).distinct();
    }

    /** The role code of party-affairs staff (党务干部). */
    static final String PARTY_AFFAIRS_ROLE = "party_affairs";
}

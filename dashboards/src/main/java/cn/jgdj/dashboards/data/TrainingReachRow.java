package cn.jgdj.dashboards.data;

import cn.jgdj.schemas.Period;
import static cn.jgdj.schemas.indicators.Indicators.PERIOD;
import static cn.jgdj.schemas.indicators.Indicators.SUPPRESSED;

import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;

/**
 * One row of training_reach: a program's classes (班次), attendances (人次), people trained, and the reach of its own
 * audience (hasTarget false for classes of no recognised kind).
 */
public record TrainingReachRow(Period period, String program, long events, long attendances, long membersTrained,
                               boolean hasTarget, long targetMembers, long targetTrained, double targetRate,
                               boolean suppressed) {

    static TrainingReachRow read(RowReader r) {
        boolean target = !r.text(TrainingReach.TARGET_MEMBERS).isEmpty();
        return new TrainingReachRow(r.period(PERIOD), r.text(TrainingReach.PROGRAM),
                r.count(TrainingReach.EVENTS, false), r.count(TrainingReach.ATTENDANCES, false),
                r.count(TrainingReach.MEMBERS_TRAINED, false), target, r.count(TrainingReach.TARGET_MEMBERS, true),
                r.count(TrainingReach.TARGET_TRAINED, true), r.rate(TrainingReach.TARGET_RATE), r.bool(SUPPRESSED));
    }
}

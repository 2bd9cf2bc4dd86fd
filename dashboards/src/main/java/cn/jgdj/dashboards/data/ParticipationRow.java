package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.Participation;

/** One row of the participation table: attendance at one event type organised by one unit in a period. */
public record ParticipationRow(Period period, String unitId, String eventType, long events, long expected,
                               long present, long excused, long absent, long makeup, double participationRate) {

    static ParticipationRow read(RowReader r) {
        return new ParticipationRow(r.period(PERIOD), r.text(UNIT_ID), r.text(EVENT_TYPE),
                r.count(Participation.EVENTS, false), r.count(Participation.EXPECTED, false),
                r.count(Participation.PRESENT, false), r.count(Participation.EXCUSED, false),
                r.count(Participation.ABSENT, false), r.count(Participation.MAKEUP, false),
                r.rate(Participation.PARTICIPATION_RATE));
    }
}

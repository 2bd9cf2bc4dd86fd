package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;

/** One row of the volunteer table: service of a group under one theme (or `all`) in a year or quarter. */
public record VolunteerRow(Period period, String dimension, String group, String theme, long members,
                           long participants, double participationRate, double hours, boolean suppressed)
        implements GroupRow {

    static VolunteerRow read(RowReader r) {
        boolean sup = r.bool(SUPPRESSED);
        return new VolunteerRow(r.period(PERIOD), r.text(DIMENSION), r.text(GROUP), r.text(Volunteer.THEME),
                r.count(Volunteer.MEMBERS, sup), r.count(Volunteer.PARTICIPANTS, sup),
                r.rate(Volunteer.PARTICIPATION_RATE), r.number(Volunteer.HOURS), sup);
    }
}

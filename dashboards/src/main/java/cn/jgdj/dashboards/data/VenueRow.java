package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.indicators.Indicators.VenueUse;

/** One row of venue_use: how much a teaching venue was used in a year, and by whom. */
public record VenueRow(Period period, String venueId, String venueName, String kind, String ownerUnitId,
                       long sessions, long visitingUnits, double externalShare) {

    static VenueRow read(RowReader r) {
        return new VenueRow(r.period(PERIOD), r.text(VenueUse.VENUE_ID), r.text(VenueUse.VENUE_NAME),
                r.text(VenueUse.KIND), r.text(VenueUse.OWNER_UNIT_ID), r.count(VenueUse.SESSIONS, false),
                r.count(VenueUse.VISITING_UNITS, false), r.rate(VenueUse.EXTERNAL_SHARE));
    }
}

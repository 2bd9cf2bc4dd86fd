package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Venues;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.VenueUse;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The venue use indicator: per venue × year, sessions held there (events with that venue_id, any type), visiting
 * units (distinct organizer units other than the venue's owner), and the share of sessions organised by a unit
 * other than the owner.
 *
 * <p>The share asks whether a unit's own teaching site serves other units. A public red base has no owner, so
 * every organizer is a visitor and its share is 1 by definition (DOMAIN.md, second edition). Every venue of
 * warehouse/venues appears in every year in which some event starts; a year without sessions has sessions 0,
 * visiting_units 0 and a null share. Events naming a venue missing from warehouse/venues are not counted.
 */
public final class VenueUseJob {
    private VenueUseJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Events.NAME), Catalog.warehouse(Venues.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(VenueUse.NAME));
    public static final JobSpec SPEC = new JobSpec("venue_use", INPUTS, OUTPUTS, VenueUseJob::run);

    private static final String EXTERNAL = "_external";

    public static void run(JobIO io, JobParams params) {
        // Sessions after the as-of day fall outside the years reported.
        io.write(OUTPUTS.get(0), venueUse(AsOf.through(io.read(INPUTS.get(0)), EventCalendar.date(), params.asOf()),
                io.read(INPUTS.get(1))));
    }

    /** The venue use table, columns {@link VenueUse#COLUMNS}, sorted by period and venue. */
    public static Dataset<Row> venueUse(Dataset<Row> events, Dataset<Row> venues) {
        Dataset<Row> owners = venues.select(col(Venues.VENUE_ID), col(Venues.OWNER_UNIT_ID));
        Column organizer = col(Events.ORGANIZER_UNIT_ID);
        Column owner = col(Venues.OWNER_UNIT_ID);
        // A public base (no owner) has only visitors.
        Column visitor = owner.isNull().or(organizer.notEqual(owner));
        Dataset<Row> perYear = EventCalendar.withCalendar(events)
                .where(col(Events.VENUE_ID).isNotNull())
                .select(col(Events.VENUE_ID).as(Venues.VENUE_ID), col(EventCalendar.YEAR), organizer)
                .join(owners, new String[] {Venues.VENUE_ID})
                .groupBy(col(Venues.VENUE_ID), col(EventCalendar.YEAR))
                .agg(count(lit(1)).as(VenueUse.SESSIONS),
                        count_distinct(when(visitor, organizer)).as(VenueUse.VISITING_UNITS),
                        sum(when(visitor, 1L).otherwise(0L)).as(EXTERNAL));

        Column sessions = col(VenueUse.SESSIONS);
        return venues.select(col(Venues.VENUE_ID), col(Venues.VENUE_NAME), col(Venues.KIND), owner)
                .crossJoin(EventCalendar.years(events))
                .join(perYear, new String[] {Venues.VENUE_ID, EventCalendar.YEAR}, "left")
                .na().fill(0L, new String[] {VenueUse.SESSIONS, VenueUse.VISITING_UNITS})
                .withColumn(Indicators.PERIOD, EventCalendar.yearLabel(col(EventCalendar.YEAR)))
                .withColumn(VenueUse.EXTERNAL_SHARE, when(sessions.gt(0),
                        col(EXTERNAL).cast("double").divide(sessions.cast("double"))))
                .select(EventCalendar.columns(VenueUse.COLUMNS))
                .orderBy(col(Indicators.PERIOD), col(VenueUse.VENUE_ID));
    }
}

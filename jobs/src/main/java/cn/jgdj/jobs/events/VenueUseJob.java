package cn.jgdj.jobs.events;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.AsOf;
import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.driverside.PartitionTotals;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Venues;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.VenueUse;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

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

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    public static void run(JobIO io, JobParams params) {
        // Sessions after the as-of day fall outside the years reported.
        io.write(OUTPUTS.get(0), venueUse(AsOf.through(io.read(INPUTS.get(0)), EventCalendar.date(), params.asOf()),
                io.read(INPUTS.get(1))));
    }

    /**
     * The venue use table, columns {@link VenueUse#COLUMNS}, sorted by period and venue. One Spark job counts the
     * sessions per year, venue id and organiser (a few rows per venue; {@link PartitionTotals}); the venues file is
     * collected, and each count is given its site (a venue of the file) and whether its organiser visits on the
     * driver, where the grid of years × venues with its counts and shares is made ({@link #rows}). No join: the
     * owners are known on the driver.
     */
    public static Dataset<Row> venueUse(Dataset<Row> events, Dataset<Row> venues) {
        List<Row> sites = venues.select(col(Venues.VENUE_ID), col(Venues.VENUE_NAME), col(Venues.KIND),
                col(Venues.OWNER_UNIT_ID)).collectAsList();
        // Totalled per partition and merged on the driver: one Spark job, not a shuffle's two.
        List<Row> counts = PartitionTotals.of(EventCalendar.withCalendar(events),
                List.of(EventCalendar.yearLabel(col(EventCalendar.YEAR)).as(Indicators.PERIOD), col(Events.VENUE_ID),
                        col(Events.ORGANIZER_UNIT_ID)), List.of(), List.of());
        return events.sparkSession().createDataFrame(rows(sites, uses(sites, counts)), SCHEMA);
    }

    /**
     * The uses (period, site, organiser, sessions, whether the organiser visits) from the counts per period, venue
     * id and organiser: the site is the venue id when the venues file has it (else null: the count only gives its
     * year); a public base (no owner) has only visitors, and a visit by an unknown organiser is unknown (null).
     */
    static List<Row> uses(List<Row> sites, List<Row> counts) {
        Map<String, String> ownerOf = new HashMap<>();
        for (Row v : sites) {
            ownerOf.put(v.getString(0), v.getString(3));
        }
        List<Row> uses = new ArrayList<>();
        for (Row c : counts) {
            String venue = c.getString(1);
            boolean known = venue != null && ownerOf.containsKey(venue);
            String owner = known ? ownerOf.get(venue) : null;
            Boolean visits = !known ? null : owner == null ? Boolean.TRUE
                    : c.isNullAt(2) ? null : !owner.equals(c.getString(2));
            uses.add(RowFactory.create(c.getString(0), known ? venue : null, c.getString(2), c.getLong(3), visits));
        }
        return uses;
    }

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Indicators.PERIOD, DataTypes.StringType, true),
            DataTypes.createStructField(VenueUse.VENUE_ID, DataTypes.StringType, true),
            DataTypes.createStructField(VenueUse.VENUE_NAME, DataTypes.StringType, true),
            DataTypes.createStructField(VenueUse.KIND, DataTypes.StringType, true),
            DataTypes.createStructField(VenueUse.OWNER_UNIT_ID, DataTypes.StringType, true),
            DataTypes.createStructField(VenueUse.SESSIONS, DataTypes.LongType, false),
            DataTypes.createStructField(VenueUse.VISITING_UNITS, DataTypes.LongType, false),
            DataTypes.createStructField(VenueUse.EXTERNAL_SHARE, DataTypes.DoubleType, true)));

    /**
     * The table from the venues (id, name, kind, owner) and the uses (period, venue or null, organiser, sessions,
     * whether the organiser visits): every venue in every year of some event, by period (nulls first, as Spark
     * sorts) and venue id; a visiting unit is a known organiser that visits; an unknown year counts nothing.
     */
    static List<Row> rows(List<Row> sites, List<Row> uses) {
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.<String>naturalOrder());
        Map<String, Map<String, long[]>> byPeriod = new TreeMap<>(nullsFirst);
        for (Row u : uses) {
            Map<String, long[]> venues = byPeriod.computeIfAbsent(u.getString(0), p -> new HashMap<>());
            if (u.isNullAt(0) || u.isNullAt(1)) {
                continue;
            }
            long[] c = venues.computeIfAbsent(u.getString(1), v -> new long[3]);
            long sessions = u.getLong(3);
            boolean visits = !u.isNullAt(4) && u.getBoolean(4);
            c[0] += sessions;
            c[1] += visits && !u.isNullAt(2) ? 1 : 0;
            c[2] += visits ? sessions : 0;
        }
        List<Row> ordered = new ArrayList<>(sites);
        ordered.sort(Comparator.comparing(r -> r.getString(0), nullsFirst));
        List<Row> out = new ArrayList<>();
        byPeriod.forEach((period, venues) -> {
            for (Row v : ordered) {
                long[] c = venues.getOrDefault(v.getString(0), new long[3]);
                out.add(RowFactory.create(period, v.getString(0), v.getString(1), v.getString(2), v.getString(3),
                        c[0], c[1], c[0] > 0 ? (double) c[2] / (double) c[0] : null));
            }
        });
        return out;
    }
}

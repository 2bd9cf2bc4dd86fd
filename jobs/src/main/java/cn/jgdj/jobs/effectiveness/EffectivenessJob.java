package cn.jgdj.jobs.effectiveness;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_date;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.FooterDates;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.PartitionYears;
import cn.jgdj.jobs.membership.DataSpan;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import com.google.auto.service.AutoService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * indicators/effectiveness (培训成效): did training change what members do afterwards? For the analysis year, the
 * Callaway &amp; Sant'Anna estimate of each program's effect on platform active days, meeting attendance and
 * volunteer participation, by months since training, with cluster-bootstrap intervals over branches.
 */
public final class EffectivenessJob {
    private EffectivenessJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Members.NAME),
            Catalog.warehouse(Branches.NAME), Catalog.warehouse(Units.NAME), Catalog.warehouse(Events.NAME),
            Catalog.warehouse(Attendance.NAME), Catalog.warehouse(PlatformUsage.NAME),
            Catalog.warehouse(VolunteerLogs.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(Effectiveness.NAME));
    public static final JobSpec SPEC = new JobSpec("effectiveness", INPUTS, OUTPUTS, EffectivenessJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    /** Bootstrap draws and seed of every run; the table records both, so any run can be reproduced. */
    public static final int DRAWS = EffectEstimates.MIN_DRAWS;
    public static final long SEED = 20_251_130L;

    public static final StructType SCHEMA = schema();

    public static void run(JobIO io, JobParams params) {
        Dataset<Row> events = io.read(Catalog.warehouse(Events.NAME));
        Optional<PanelSpan> span = panelSpan(events, params.reviewYear(), params.asOf());
        List<Row> rows = new ArrayList<>();
        if (span.isPresent()) {
            Dataset<Row> panel = MemberMonthPanel.panel(io.read(Catalog.warehouse(Members.NAME)),
                    io.read(Catalog.warehouse(Branches.NAME)), io.read(Catalog.warehouse(Units.NAME)), events,
                    io.read(Catalog.warehouse(Attendance.NAME)), io.read(Catalog.warehouse(PlatformUsage.NAME)),
                    io.read(Catalog.warehouse(VolunteerLogs.NAME)), span.get(), Rules.forParams(params));
            List<PanelMember> members = MemberMonthPanel.collect(panel, span.get());
            rows = toRows(span.get().year(), new EffectEstimates(DRAWS, SEED, params.minCellSize())
                    .rows(members, span.get().months()), DRAWS, SEED);
        }
        io.write(OUTPUTS.get(0), io.spark().createDataFrame(rows, SCHEMA));
    }

    /**
     * The analysis year's panel: the review year if given, else the latest year with events that is complete by
     * the as-of day (the year of the last event when none is). Empty when there are no events.
     */
    public static Optional<PanelSpan> panelSpan(Dataset<Row> events, Integer reviewYear, LocalDate asOf) {
        Optional<DataSpan> data = footerSpan(events)
                .or(() -> DataSpan.of(firstAndLastYears(events), to_date(col(Events.START_TIME))));
        if (data.isEmpty()) {
            return Optional.empty();
        }
        int year;
        if (reviewYear != null) {
            year = reviewYear;
        } else {
            year = data.get().last().getYear();
            if (asOf != null && asOf.isBefore(LocalDate.of(year, 12, 31)) && year > data.get().first().getYear()) {
                year--;
            }
        }
        LocalDate last = data.get().last();
        if (last.getYear() < year || data.get().first().getYear() > year) {
            return Optional.empty();
        }
        return Optional.of(PanelSpan.of(year, data.get().first(), last, asOf));
    }

    /**
     * The events of their first and last year folder: the same first and last day as all events (the warehouse
     * partitions events by their start's year), reading two years' files instead of every year's. All events when
     * they are not read from year folders (made in memory, or a file outside a {@code year=N} folder).
     */
    static Dataset<Row> firstAndLastYears(Dataset<Row> events) {
        return PartitionYears.of(events, Events.YEAR)
                .map(y -> events.where(col(Events.YEAR).isin(y.first(), y.last())))
                .orElse(events);
    }

    /**
     * The first and last day of all events from the Parquet footers of their first and last year folder (all their
     * files when not in year folders), read on the driver; empty when the events are not a dataset read as it is
     * from files or the footers cannot say (see {@link FooterDates}).
     */
    static Optional<DataSpan> footerSpan(Dataset<Row> events) {
        Predicate<String> firstOrLastYear = PartitionYears.of(events, Events.YEAR)
                .<Predicate<String>>map(y -> f -> f.contains("/" + Events.YEAR + "=" + y.first() + "/")
                        || f.contains("/" + Events.YEAR + "=" + y.last() + "/"))
                .orElse(f -> true);
        return FooterDates.of(events, Events.START_TIME, firstOrLastYear)
                .map(range -> new DataSpan(range.first(), range.last()));
    }

    /** The estimate's rows as table rows (Effectiveness.COLUMNS). */
    public static List<Row> toRows(int year, List<EffectRow> rows, int draws, long seed) {
        List<Row> out = new ArrayList<>();
        for (EffectRow r : rows) {
            out.add(RowFactory.create(Integer.toString(year), r.program(), r.outcome(), r.dimension(), r.group(),
                    r.eventTime(), r.att(), r.ciLow(), r.ciHigh(), r.treated(), r.comparison(), r.pretrendWarning(),
                    r.suppressed(), draws, seed));
        }
        return out;
    }

    private static StructType schema() {
        List<StructField> f = new ArrayList<>();
        for (String c : Effectiveness.COLUMNS) {
            f.add(switch (c) {
                case Effectiveness.ATT, Effectiveness.CI_LOW, Effectiveness.CI_HIGH ->
                        DataTypes.createStructField(c, DataTypes.DoubleType, true);
                case Effectiveness.TREATED, Effectiveness.COMPARISON, Effectiveness.BOOTSTRAP_SEED ->
                        DataTypes.createStructField(c, DataTypes.LongType, false);
                case Effectiveness.BOOTSTRAP_DRAWS -> DataTypes.createStructField(c, DataTypes.IntegerType, false);
                case Effectiveness.PRETREND_WARNING, Indicators.SUPPRESSED ->
                        DataTypes.createStructField(c, DataTypes.BooleanType, false);
                default -> DataTypes.createStructField(c, DataTypes.StringType, false);
            });
        }
        return DataTypes.createStructType(f);
    }
}

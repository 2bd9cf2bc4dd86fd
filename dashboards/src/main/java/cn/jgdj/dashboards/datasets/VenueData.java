package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.VenueRow;
import cn.jgdj.dashboards.text.Labels;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Datasets from venue_use: how far each teaching venue serves units other than its owner. */
public final class VenueData {
    private VenueData() {
    }

    /**
     * Venues of a year: units' own sites by share of outside use, lowest first (the sites serving only their own
     * unit), then the public bases, which have no owner and so no share, busiest first.
     */
    public static List<VenueRow> byExternalShare(List<VenueRow> rows, Period year) {
        return rows.stream().filter(r -> r.period().equals(year))
                .sorted(Comparator.comparing((VenueRow r) -> !hasShare(r))
                        .thenComparingDouble(r -> hasShare(r) ? r.externalShare() : -r.sessions())
                        .thenComparing(VenueRow::venueId))
                .toList();
    }

    public static boolean hasShare(VenueRow r) {
        return !Double.isNaN(r.externalShare());
    }

    /**
     * Category labels by venue id: the name (with the id only where two venues share a name, or there is no
     * name), sessions and visiting units.
     */
    public static Map<String, String> labels(List<VenueRow> venues, Labels l) {
        Map<String, Long> names = venues.stream().collect(Collectors.groupingBy(VenueRow::venueName,
                Collectors.counting()));
        return venues.stream().collect(Collectors.toMap(VenueRow::venueId, r -> {
            String name = r.venueName().isBlank() ? r.venueId()
                    : names.get(r.venueName()) > 1 ? r.venueName() + " " + r.venueId() : r.venueName();
            // Visiting units exclude the owner; a public base has none, so every organiser is a visitor.
            boolean base = r.ownerUnitId() == null || r.ownerUnitId().isBlank();
            return name + (base ? l.t("（" + r.sessions() + "场，" + r.visitingUnits() + "个单位使用）",
                    " (" + english(r.sessions(), "session") + ", used by " + english(r.visitingUnits(), "unit") + ")")
                    : l.t("（" + r.sessions() + "场，外单位" + r.visitingUnits() + "个）",
                    " (" + english(r.sessions(), "session") + ", " + english(r.visitingUnits(), "other unit") + ")"));
        }, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** "1 session", "2 sessions" (the pack printed "1 sessions, used by 1 units"). */
    static String english(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The share printed at each bar. */
    public static void shares(List<VenueRow> venues, String series, Function<VenueRow, String> label, Labels l,
                              ItemLabels labels) {
        for (VenueRow r : venues) {
            if (hasShare(r)) {
                labels.put(series, label.apply(r), l.percent(r.externalShare()));
            }
        }
    }
}

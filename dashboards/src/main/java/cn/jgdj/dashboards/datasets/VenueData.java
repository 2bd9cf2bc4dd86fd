package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.Period;
import cn.jgdj.dashboards.data.VenueRow;
import cn.jgdj.dashboards.text.Labels;
import java.util.Comparator;
import java.util.List;

/** Datasets from venue_use: how far each teaching venue serves units other than its owner. */
public final class VenueData {
    private VenueData() {
    }

    /** Venues used in a year, lowest share of outside use first (the sites serving only their own unit). */
    public static List<VenueRow> byExternalShare(List<VenueRow> rows, Period year) {
        return rows.stream().filter(r -> r.period().equals(year))
                .sorted(Comparator.comparingDouble((VenueRow r) -> Double.isNaN(r.externalShare()) ? -1 : r.externalShare())
                        .thenComparing(VenueRow::venueId))
                .toList();
    }

    /** The category label of a venue: name and id (names can repeat), sessions and visiting units. */
    public static String label(VenueRow r, Labels l) {
        String name = r.venueName().isBlank() ? r.venueId() : r.venueName() + " " + r.venueId();
        return name + l.t("（" + r.sessions() + "场，" + r.visitingUnits() + "个单位）",
                " (" + r.sessions() + " sessions, " + r.visitingUnits() + " units)");
    }

    /** The share printed at each bar. */
    public static void labels(List<VenueRow> venues, String series, Labels l, ItemLabels labels) {
        for (VenueRow r : venues) {
            if (!Double.isNaN(r.externalShare())) {
                labels.put(series, label(r, l), l.percent(r.externalShare()));
            }
        }
    }
}

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

    /** The category label of a venue: its name and id (names can repeat). */
    public static String label(VenueRow r) {
        return r.venueName().isBlank() ? r.venueId() : r.venueName() + " (" + r.venueId() + ")";
    }

    /** Labels: share, sessions and visiting units. */
    public static void labels(List<VenueRow> venues, String series, Labels l, ItemLabels labels) {
        for (VenueRow r : venues) {
            labels.put(series, label(r), l.percent(r.externalShare())
                    + l.t("（" + r.sessions() + "场，" + r.visitingUnits() + "个单位）",
                    " (" + r.sessions() + " sessions, " + r.visitingUnits() + " units)"));
        }
    }
}

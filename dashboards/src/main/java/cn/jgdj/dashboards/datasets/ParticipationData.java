package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.ParticipationRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.data.category.DefaultCategoryDataset;

/** Datasets from the participation table: attendance at one event type summed over organiser units. */
public final class ParticipationData {
    private ParticipationData() {
    }

    /** Events, expected and present summed over units for one event type and period. */
    public record Totals(long events, long expected, long present) {
        public OptionalDouble rate() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) present / expected);
        }
    }

    public static Totals totals(List<ParticipationRow> rows, Period p, String eventType) {
        long events = 0;
        long expected = 0;
        long present = 0;
        for (ParticipationRow r : rows) {
            if (r.period().equals(p) && r.eventType().equals(eventType)) {
                events += r.events();
                expected += r.expected();
                present += r.present();
            }
        }
        return new Totals(events, expected, present);
    }

    /**
     * Participation rate (present / expected) per quarter of the year and for the whole year, one series per
     * event type; a period without expected attendees has no bar.
     */
    public static DefaultCategoryDataset byQuarter(List<ParticipationRow> rows, Period year, List<String> types,
                                                   Labels l, ItemLabels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Period> periods = new ArrayList<>(year.quarters());
        periods.add(year);
        boolean any = false;
        for (String type : types) {
            String series = l.eventType(type);
            for (Period p : periods) {
                String cat = p.isYear() ? l.t("全年", "Full year") : l.t("第" + p.index() + "季度", "Q" + p.index());
                Totals t = totals(rows, p, type);
                Double v = t.rate().isPresent() ? t.rate().getAsDouble() : null;
                data.addValue(v, series, cat);
                if (v != null) {
                    any = true;
                    labels.put(series, cat, l.percent(v));
                }
            }
        }
        return any ? data : new DefaultCategoryDataset();
    }
}

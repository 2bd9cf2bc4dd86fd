package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.VolunteerRow;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.data.category.DefaultCategoryDataset;

/** Datasets from the volunteer table: all members, by theme. */
public final class VolunteerData {
    private VolunteerData() {
    }

    /** The all-members, all-themes row of a period (not suppressed). */
    public static Optional<VolunteerRow> overall(List<VolunteerRow> rows, Period p) {
        return rows.stream().filter(r -> r.period().equals(p) && Dimensions.ALL.equals(r.dimension())
                && Volunteer.ALL_THEMES.equals(r.theme()) && !r.suppressed()).findFirst();
    }

    /** Participants (or hours) per theme in code-table order; suppressed themes are left out of the values. */
    public static DefaultCategoryDataset byTheme(List<VolunteerRow> rows, Period p, boolean hours, Labels l,
                                                 ItemLabels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = hours ? l.t("服务时长", "Hours") : l.t("参与人数", "Participants");
        for (String theme : Codes.THEME.ids()) {
            rows.stream().filter(r -> r.period().equals(p) && Dimensions.ALL.equals(r.dimension())
                    && theme.equals(r.theme())).findFirst().ifPresent(r -> {
                        String cat = r.suppressed() ? l.theme(theme) + " " + l.suppressed() : l.theme(theme);
                        if (r.suppressed()) {
                            data.addValue(null, series, cat);
                            return;
                        }
                        double v = hours ? r.hours() : r.participants();
                        data.addValue(v, series, cat);
                        labels.put(series, cat, hours
                                ? String.format(Locale.ROOT, "%,.0f", v) + l.t("小时", " h")
                                : String.format(Locale.ROOT, "%,d", r.participants()) + l.t("人", ""));
                    });
        }
        return data;
    }
}

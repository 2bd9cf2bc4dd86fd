package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.data.ObservationRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.codes.Codes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.jfree.data.category.DefaultCategoryDataset;

/** The yearly headline indicators of the committee review, each computed from its own table. */
public final class Headlines {
    private Headlines() {
    }

    /** Headline values of a year by label, in reading order; an indicator without data maps to null. */
    public static Map<String, Double> ofYear(IndicatorTables t, Period year, Labels l) {
        Map<String, Double> out = new LinkedHashMap<>();
        var overall = CoverageData.overall(t.coverage().rows(), year);
        out.put(l.t("全年学时达标率", "Attainment (year)"), overall.map(r -> r.attainmentRate()).orElse(null));
        out.put(l.t("全年参训率", "Reach (year)"), overall.map(r -> r.reachRate()).orElse(null));
        put(out, l.t("“三会一课”制度落实率", "Meeting cadence kept"), ComplianceData.yearRate(t.branchCompliance().rows(), year));
        out.put(l.t("已列席旁听单位占比", "Study groups observed"), t.observation().rows().stream()
                .filter(r -> r.period().equals(year)).findFirst().map(ObservationRow::observedShare)
                .filter(v -> !Double.isNaN(v)).orElse(null));
        put(out, l.t("集中轮训参加率", "Rotation-training participation"),
                ParticipationData.totals(t.participation().rows(), year, Codes.ROTATION_TRAINING).rate());
        put(out, l.t("培训班参加率", "Training-class participation"),
                ParticipationData.totals(t.participation().rows(), year, Codes.TRAINING_CLASS).rate());
        out.put(l.t("全年志愿服务参与率", "Volunteer participation (year)"), VolunteerData.overall(t.volunteer().rows(), year)
                .map(r -> r.participationRate()).filter(v -> !Double.isNaN(v)).orElse(null));
        return out;
    }

    /** This year against last year for every headline either year has. */
    public static DefaultCategoryDataset yearOnYear(IndicatorTables t, Period year, Labels l, ItemLabels labels) {
        Map<String, Double> now = ofYear(t, year, l);
        Map<String, Double> before = ofYear(t, year.yearEarlier(), l);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String sNow = l.period(year);
        String sBefore = l.period(year.yearEarlier());
        for (String key : now.keySet()) {
            Double a = before.get(key);
            Double b = now.get(key);
            if (a == null && b == null) {
                continue;
            }
            data.addValue(a, sBefore, key);
            data.addValue(b, sNow, key);
            if (a != null) {
                labels.put(sBefore, key, l.percent(a));
            }
            if (b != null) {
                labels.put(sNow, key, l.percent(b) + (a == null ? "" : l.t("（", " (") + ppChange(b - a) + l.t("）", ")")));
            }
        }
        return data;
    }

    /** A change of a rate in percentage points, signed: +2.1, -0.4. */
    public static String ppChange(double fractionChange) {
        return String.format(Locale.ROOT, "%+.1f", fractionChange * 100);
    }

    static void put(Map<String, Double> out, String key, OptionalDouble v) {
        out.put(key, v.isPresent() ? v.getAsDouble() : null);
    }
}

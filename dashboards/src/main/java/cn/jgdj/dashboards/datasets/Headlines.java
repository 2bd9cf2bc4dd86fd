package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.data.ObservationRow;
import cn.jgdj.dashboards.data.Period;
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

    /** Headline values of a year by label, in reading order; an indicator without data is absent. */
    public static Map<String, Double> ofYear(IndicatorTables t, Period year, Labels l) {
        Map<String, Double> out = new LinkedHashMap<>();
        CoverageData.overall(t.coverage().rows(), year).ifPresent(r -> {
            out.put(l.t("学时达标率", "Attainment"), r.attainmentRate());
            out.put(l.t("参训覆盖率", "Reach"), r.reachRate());
        });
        put(out, l.t("三会一课合规率", "Cadence compliance"), ComplianceData.yearRate(t.branchCompliance().rows(), year));
        t.observation().rows().stream().filter(r -> r.period().equals(year)).findFirst()
                .map(ObservationRow::observedShare).filter(v -> !Double.isNaN(v))
                .ifPresent(v -> out.put(l.t("中心组列席旁听覆盖率", "Study-group observation"), v));
        put(out, l.t("集中轮训参训率", "Rotation-training participation"),
                ParticipationData.totals(t.participation().rows(), year, Codes.ROTATION_TRAINING).rate());
        put(out, l.t("培训班参训率", "Training-class participation"),
                ParticipationData.totals(t.participation().rows(), year, Codes.TRAINING_CLASS).rate());
        VolunteerData.overall(t.volunteer().rows(), year).map(r -> r.participationRate()).filter(v -> !Double.isNaN(v))
                .ifPresent(v -> out.put(l.t("志愿服务参与率", "Volunteer participation"), v));
        return out;
    }

    /** This year against last year for every headline either year has. */
    public static DefaultCategoryDataset yearOnYear(IndicatorTables t, Period year, Labels l, ItemLabels labels) {
        Map<String, Double> now = ofYear(t, year, l);
        Map<String, Double> before = ofYear(t, year.yearEarlier(), l);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String sNow = l.period(year);
        String sBefore = l.period(year.yearEarlier());
        for (String key : union(now, before)) {
            Double a = before.get(key);
            Double b = now.get(key);
            data.addValue(a, sBefore, key);
            data.addValue(b, sNow, key);
            if (a != null) {
                labels.put(sBefore, key, l.percent(a));
            }
            if (b != null) {
                labels.put(sNow, key, l.percent(b) + (a == null ? "" : " (" + ppChange(b - a, l) + ")"));
            }
        }
        return data;
    }

    /** A change in percentage points: +2.1个百分点 / +2.1 pp. */
    public static String ppChange(double fractionChange, Labels l) {
        String v = String.format(Locale.ROOT, "%+.1f", fractionChange * 100).replace("-", "−");
        return v + l.t("个百分点", " pp");
    }

    private static Iterable<String> union(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Boolean> keys = new LinkedHashMap<>();
        b.keySet().forEach(k -> keys.put(k, true));
        a.keySet().forEach(k -> keys.put(k, true));
        return keys.keySet();
    }

    static void put(Map<String, Double> out, String key, OptionalDouble v) {
        if (v.isPresent()) {
            out.put(key, v.getAsDouble());
        }
    }
}

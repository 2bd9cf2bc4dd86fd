package cn.jgdj.dashboards.datasets;

import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.TrainingMixRow;
import cn.jgdj.dashboards.data.TrainingReachRow;
import cn.jgdj.dashboards.data.UnitObservationRow;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;
import java.util.Comparator;
import java.util.List;

/** Rows and words of the report-question tables: observation per unit, training reach, the mix of forms. */
public final class ReportQuestionsData {
    private ReportQuestionsData() {
    }

    /** Units that held study-group sessions in the year and had none observed, most sessions first. */
    public static List<UnitObservationRow> neverObserved(List<UnitObservationRow> rows, Period year, Labels l) {
        return rows.stream().filter(r -> r.period().equals(year) && r.neverObserved())
                .sorted(Comparator.comparingLong(UnitObservationRow::sessions).reversed()
                        .thenComparing(r -> l.unit(r.unitId()))).toList();
    }

    /** The training_reach rows of a year in program order. */
    public static List<TrainingReachRow> reach(List<TrainingReachRow> rows, Period year) {
        return rows.stream().filter(r -> r.period().equals(year))
                .sorted(Comparator.comparingInt(r -> order(TrainingReach.PROGRAMS, r.program()))).toList();
    }

    /** The training_mix rows of a year and dimension, groups in report order, forms in FORMS order. */
    public static List<TrainingMixRow> mix(List<TrainingMixRow> rows, Period year, String dimension) {
        List<TrainingMixRow> in = rows.stream().filter(r -> r.period().equals(year)
                && r.dimension().equals(dimension)).toList();
        List<String> groups = GroupOrder.sort(dimension, in.stream().map(TrainingMixRow::group).distinct().toList());
        return in.stream().sorted(Comparator.comparingInt((TrainingMixRow r) -> groups.indexOf(r.group()))
                .thenComparingInt(r -> order(TrainingMix.FORMS, r.form()))).toList();
    }

    public static String program(Labels l, String program) {
        return l.code(TrainingReach.PROGRAM_LABELS, program);
    }

    /** Who a program is for. */
    public static String audience(Labels l, String program) {
        return switch (program) {
            case TrainingReach.ROTATION -> l.t("应训党员", "eligible members");
            case TrainingReach.SECRETARY_CLASS -> l.t("党组织书记·支委", "secretaries");
            case TrainingReach.PARTY_AFFAIRS_CLASS -> l.t("党务干部", "party-affairs staff");
            case TrainingReach.CANDIDATE_CLASS -> l.t("发展对象", "candidates");
            default -> "—";
        };
    }

    public static String form(Labels l, String form) {
        return l.code(TrainingMix.FORM_LABELS, form);
    }

    private static int order(List<String> list, String value) {
        int i = list.indexOf(value);
        return i < 0 ? list.size() : i;
    }
}

package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.EffectSummaryChart;
import cn.jgdj.dashboards.charts.EventStudyChart;
import cn.jgdj.dashboards.data.EffectivenessRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The effectiveness rows a chart needs, and their chart datasets; suppressed figures never reach a chart. */
public final class EffectivenessData {
    private EffectivenessData() {
    }

    /** Rows of the period for one program, outcome, dimension and group (event times and overall). */
    public static List<EffectivenessRow> rows(List<EffectivenessRow> all, Period period, String program,
                                              String outcome, String dimension, String group) {
        return all.stream().filter(r -> r.period().equals(period) && r.program().equals(program)
                && r.outcome().equals(outcome) && r.dimension().equals(dimension) && r.group().equals(group)).toList();
    }

    /** The overall row of a program, outcome and group. */
    public static Optional<EffectivenessRow> overall(List<EffectivenessRow> all, Period period, String program,
                                                     String outcome, String dimension, String group) {
        return rows(all, period, program, outcome, dimension, group).stream().filter(EffectivenessRow::overall)
                .findFirst();
    }

    /** Whether any outcome of the program (all members) carries the pre-period warning. */
    public static List<String> pretrendOutcomes(List<EffectivenessRow> all, Period period, String program) {
        Set<String> out = new LinkedHashSet<>();
        for (EffectivenessRow r : all) {
            if (r.period().equals(period) && r.program().equals(program) && r.dimension().equals(Dimensions.ALL)
                    && r.pretrendWarning() && !r.suppressed()) {
                out.add(r.outcome());
            }
        }
        return List.copyOf(out);
    }

    /** The event-study panel of one outcome for all members. */
    public static EventStudyChart.Panel eventPanel(List<EffectivenessRow> all, Period period, String program,
                                                   String outcome, Labels l) {
        YIntervalSeries s = new YIntervalSeries(l.eventType(program));
        List<EffectivenessRow> rows = rows(all, period, program, outcome, Dimensions.ALL, Dimensions.ALL);
        boolean warning = false;
        for (EffectivenessRow r : rows) {
            if (!r.overall() && r.shown()) {
                double k = axisScale(outcome);
                s.add(r.eventMonth(), k * r.att(), k * r.ciLow(), k * r.ciHigh());
            }
            warning |= r.pretrendWarning() && !r.suppressed();
        }
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(s);
        String note = s.getItemCount() > 0 && warning
                ? l.t("培训前已有差异：慎读", "Pre-period difference: read with care") : null;
        return new EventStudyChart.Panel(outcomeAxis(outcome, l), c, note);
    }

    /**
     * Overall effects, one row per (program, group) pair, one panel per outcome.
     *
     * @param rowKeys program and group per row, top first (dimension fixed)
     */
    public static EffectSummaryChart.Summary summary(List<EffectivenessRow> all, Period period, String dimension,
                                                     List<String[]> rowKeys, List<String> rowLabels, Labels l) {
        List<EffectSummaryChart.Panel> panels = new ArrayList<>();
        for (String outcome : Effectiveness.OUTCOMES) {
            XYIntervalSeries normal = new XYIntervalSeries(l.t("效应", "Effect"));
            XYIntervalSeries warned = new XYIntervalSeries(l.t("培训前已有差异", "Pre-period difference"));
            Set<Integer> suppressed = new LinkedHashSet<>();
            for (int i = 0; i < rowKeys.size(); i++) {
                Optional<EffectivenessRow> r = overall(all, period, rowKeys.get(i)[0], outcome, dimension,
                        rowKeys.get(i)[1]);
                if (r.isPresent() && r.get().shown()) {
                    EffectivenessRow e = r.get();
                    double k = axisScale(outcome);
                    (e.pretrendWarning() ? warned : normal).add(k * e.att(), k * e.ciLow(), k * e.ciHigh(), i, i, i);
                } else {
                    suppressed.add(i);
                }
            }
            XYIntervalSeriesCollection c = new XYIntervalSeriesCollection();
            c.addSeries(normal);
            c.addSeries(warned);
            panels.add(new EffectSummaryChart.Panel(outcomeAxis(outcome, l), c, suppressed));
        }
        return new EffectSummaryChart.Summary(rowLabels, panels, l.t(" 已抑制", " suppressed"));
    }

    /** The message of a panel with nothing to draw although the table has the period: too few members. */
    public static String suppressedPanel(Labels l) {
        return l.t("人数不足或无法估计（已抑制）", "Too few members or not estimable (suppressed)");
    }

    /** Whether the table has any row of the period. */
    public static boolean hasPeriod(List<EffectivenessRow> all, Period period) {
        return all.stream().anyMatch(r -> r.period().equals(period));
    }

    /**
     * What an outcome's effect is multiplied by on a chart axis: a rate's difference (a fraction in the table) is
     * drawn in percentage points, as the packs print rates in percent; days stay days.
     */
    public static double axisScale(String outcome) {
        return Effectiveness.MEETING_ATTENDANCE.equals(outcome) || Effectiveness.VOLUNTEER_PARTICIPATION.equals(outcome)
                ? 100.0 : 1.0;
    }

    /**
     * An outcome's effect axis words, with the unit of the effect (percentage points for rates, see axisScale); short
     * enough to run along the side of one of three stacked event-study panels.
     */
    public static String outcomeAxis(String outcome, Labels l) {
        return switch (outcome) {
            case Effectiveness.PLATFORM_ACTIVE_DAYS -> l.t("平台活跃天数/月（差值）", "Active days/month (difference)");
            case Effectiveness.MEETING_ATTENDANCE -> l.t("三会一课出勤率（差值，百分点）", "Meeting attendance (% points)");
            case Effectiveness.VOLUNTEER_PARTICIPATION -> l.t("志愿服务参与率（差值，百分点）", "Volunteering (% points)");
            default -> outcome;
        };
    }

    /** An outcome in words, for reading texts. */
    public static String outcomeName(String outcome, Labels l) {
        return switch (outcome) {
            case Effectiveness.PLATFORM_ACTIVE_DAYS -> l.t("每月学习平台活跃天数", "platform active days per month");
            case Effectiveness.MEETING_ATTENDANCE -> l.t("三会一课和主题党日出勤率", "attendance at branch meetings");
            case Effectiveness.VOLUNTEER_PARTICIPATION -> l.t("当月参加志愿服务的比例", "monthly volunteer participation");
            default -> outcome;
        };
    }
}

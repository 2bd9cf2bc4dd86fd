package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.ParticipationRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.codes.Codes;
import java.util.List;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** How many 党课 and 专题宣讲 were held, per quarter of the year and last year (the report counts them). */
public final class LectureCounts implements Figure {
    static final List<String> TYPES = List.of(Codes.PARTY_LECTURE, Codes.SPECIAL_LECTURE);

    @Override
    public String id() {
        return "lecture_counts";
    }

    /** Events of a type held in a period, summed over organising units. */
    public static long held(List<ParticipationRow> rows, Period p, String type) {
        return rows.stream().filter(r -> r.period().equals(p) && r.eventType().equals(type))
                .mapToLong(ParticipationRow::events).sum();
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<ParticipationRow> t = ctx.tables().participation();
        Period year = ctx.period();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        boolean any = false;
        StringBuilder totals = new StringBuilder();
        for (String type : TYPES) {
            String series = ctx.labels().eventType(type);
            for (Period q : year.quarters()) {
                long n = held(t.rows(), q, type);
                any |= n > 0;
                String cat = ctx.labels().period(q).replace(year.year() + "年", "");
                data.addValue(n, series, cat);
                labels.put(series, cat, Long.toString(n));
            }
            long now = held(t.rows(), year, type);
            long before = held(t.rows(), year.yearEarlier(), type);
            totals.append(totals.length() == 0 ? "" : ctx.t("；", "; ")).append(ctx.t(series + "全年" + now + "场（上年"
                    + before + "场）", series + " " + now + " in the year (" + before + " last year)"));
        }
        String period = ctx.labels().period(year);
        String title = ctx.t(period + "党课和专题宣讲开展场次（按季度）", "Party lectures and themed lectures held, " + period
                + ", by quarter");
        ChartText text = ctx.text(title, t, totals.toString(), year).withAxes(ctx.t("季度", "Quarter"),
                ctx.t("场次", "Sessions"));
        if (!any) {
            data.clear();
        }
        return List.of(PackChart.standard(id(), title, ctx.t(
                "各单位组织的党课和专题宣讲（含党史宣讲）场次之和，按活动开始日期计入季度。来源行下注全年合计与上年合计。",
                "Party lectures and themed lectures (including party-history tours) organised by all units, by the "
                        + "quarter of their start; the source line gives the year's totals and last year's."),
                GroupedBarChart.create(data, text, ctx.theme(),
                        new GroupedBarChart.Options(PlotOrientation.VERTICAL, false, List.of(), labels))));
    }
}

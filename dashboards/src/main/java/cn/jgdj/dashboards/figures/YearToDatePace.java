package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.LineTrendChart;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import java.util.Set;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Year-to-date attainment at each quarter end against an even pace to full attainment by year end, with last
 * year's path for comparison.
 */
public final class YearToDatePace implements Figure {
    @Override
    public String id() {
        return "ytd_pace";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<CoverageRow> t = ctx.tables().coverage();
        Period year = ctx.period().yearPeriod();
        List<Double> now = CoverageData.yearToDate(t.rows(), year, true);
        List<Double> reach = CoverageData.yearToDate(t.rows(), year, false);
        List<Double> before = CoverageData.yearToDate(t.rows(), year.yearEarlier(), true);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String sNow = ctx.t(year.year() + "年累计达标率", "Attainment " + year.year() + " (YTD)");
        String sReach = ctx.t(year.year() + "年累计参训率", "Reach " + year.year() + " (YTD)");
        String sBefore = ctx.t((year.year() - 1) + "年累计达标率", "Attainment " + (year.year() - 1) + " (YTD)");
        String sPace = ctx.t("匀速进度（年末全员达标）", "Even pace to full attainment");
        boolean any = false;
        for (int q = 0; q < 4; q++) {
            String cat = ctx.labels().yearToDateTick(Period.quarter(year.year(), q + 1));
            boolean shown = q < ctx.period().index();
            Double vNow = shown ? now.get(q) : null;
            Double vReach = shown ? reach.get(q) : null;
            any |= vNow != null || vReach != null || before.get(q) != null;
            data.addValue(vNow, sNow, cat);
            data.addValue(vReach, sReach, cat);
            data.addValue(before.get(q), sBefore, cat);
            data.addValue((q + 1) / 4.0, sPace, cat);
            if (q == ctx.period().index() - 1) {
                if (vNow != null) {
                    labels.put(sNow, cat, ctx.labels().percent(vNow));
                }
                if (vReach != null) {
                    labels.put(sReach, cat, ctx.labels().percent(vReach));
                }
                labels.put(sPace, cat, ctx.labels().percent((q + 1) / 4.0));
                if (before.get(q) != null) {
                    labels.put(sBefore, cat, ctx.labels().percent(before.get(q)));
                }
            }
        }
        String title = ctx.t(year.year() + "年累计学时达标率与进度（截至" + ctx.labels().period(ctx.period()) + "）",
                "Year-to-date attainment against pace, " + year.year() + " up to Q" + ctx.period().index());
        String n = CoverageData.overall(t.rows(), ctx.period()).map(r -> ctx.eligibleN(r.eligible())).orElse(null);
        ChartText text = ctx.text(title, t, n, ctx.period())
                .withAxes(ctx.t("年初至季末", "Year to date"), ctx.t("占应训党员比例（%）", "Share of eligible members (%)"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "年初至各季末学时已达到全年要求的党员占比（累计达标率）和已参训的占比（累计参训率）；"
                        + "灰色虚线为年末全员达标所需的匀速进度（仅作参照）；浅色虚线（空心点）为上年同期累计达标率。",
                "Share of eligible members who have already met the full-year requirement at each quarter end "
                        + "(year to date), and the share with any credit; the grey dashed line is an even pace to "
                        + "full attainment at year end (a yardstick only); the pale dashed line with hollow points is last year."),
                LineTrendChart.create(any ? data : new DefaultCategoryDataset(), text, ctx.theme(), List.of(),
                        Set.of(sPace), java.util.Map.of(sBefore, sNow), labels)));
    }
}

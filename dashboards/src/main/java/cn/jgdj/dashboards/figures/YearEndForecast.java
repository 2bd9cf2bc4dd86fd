package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ForestPlotChart;
import cn.jgdj.dashboards.data.ForecastRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Projected year-end attainment with its 80 % interval for the county and the groups most likely to fall short
 * (lowest projections), each beside last year's actual; the subtitle gives the backtest coverage of the interval.
 */
public final class YearEndForecast implements Figure {
    /** Groups shown besides the county. */
    static final int SHORTEST = 8;

    @Override
    public String id() {
        return "year_end_forecast";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<ForecastRow> t = ctx.tables().acting().forecast();
        Period year = ctx.period().yearPeriod();
        Period asOf = latestAsOf(t.rows(), ctx.period());
        List<ForecastRow> now = t.rows().stream().filter(r -> r.asOf().equals(asOf)).toList();
        Optional<ForecastRow> county = now.stream().filter(r -> Dimensions.ALL.equals(r.dimension())).findFirst();
        List<ForecastRow> shown = new ArrayList<>();
        county.ifPresent(shown::add);
        now.stream().filter(r -> !Dimensions.ALL.equals(r.dimension()) && r.forecastMade() && !r.suppressed())
                .sorted(Comparator.comparingDouble(ForecastRow::projectedRate)
                        .thenComparing(ForecastRow::dimension).thenComparing(ForecastRow::group))
                .limit(SHORTEST).forEach(shown::add);
        String projected = ctx.t("预计年末达标率（80%预测区间）", "Projected year-end attainment (80% interval)");
        String lastYear = ctx.t((year.year() - 1) + "年实际达标率", "Actual " + (year.year() - 1));
        XYIntervalSeries forecast = new XYIntervalSeries(projected);
        XYIntervalSeries actual = new XYIntervalSeries(lastYear);
        List<String> rows = new ArrayList<>();
        Set<Integer> suppressed = new HashSet<>();
        for (int i = 0; i < shown.size(); i++) {
            ForecastRow r = shown.get(i);
            rows.add(Dimensions.ALL.equals(r.dimension()) ? ctx.t("全县", "County")
                    : ctx.labels().dimensionGroup(r.dimension(), r.group()));
            if (r.suppressed()) {
                suppressed.add(i);
                continue;
            }
            if (r.forecastMade()) {
                forecast.add(r.projectedRate(), r.piLow(), r.piHigh(), i, i, i);
            }
            double before = lastYearActual(t.rows(), r, year.year() - 1);
            if (!Double.isNaN(before)) {
                actual.add(before, before, before, i + 0.25, i + 0.25, i + 0.25);
            }
        }
        XYIntervalSeriesCollection points = new XYIntervalSeriesCollection();
        points.addSeries(forecast);
        points.addSeries(actual);
        String made = ctx.labels().period(asOf);
        String title = asOf.equals(ctx.period())
                ? ctx.t(year.year() + "年末学时达标率预测（" + made + "末）",
                        "Year-end attainment forecast for " + year.year() + ", made at the end of " + made)
                : ctx.t(year.year() + "年末学时达标率预测（最近一次：" + made + "末）",
                        "Year-end attainment forecast for " + year.year() + ": the latest, made at the end of " + made);
        String n = county.map(r -> ctx.eligibleN(r.eligible())).orElse(null);
        ChartText text = ctx.text(title, t, n, ctx.period())
                .withAxes(ctx.t("全县及最可能不达标的群体", "County and the groups most likely to fall short"),
                        ctx.t("学时达标率（%）", "Attainment (%)"))
                .withSubtitle(subtitle(ctx, county));
        boolean any = forecast.getItemCount() > 0 || actual.getItemCount() > 0;
        ForestPlotChart.Forest f = new ForestPlotChart.Forest(any ? points : new XYIntervalSeriesCollection(), rows,
                suppressed, null, null, new Range(0, 1), ctx.labels().suppressed());
        return List.of(PackChart.standard(id(), title, ctx.t(
                "按各季末已获学时和往年同期进度推算每名党员年末学时，用往年党员的实际结果回放得到达标率预测及80%预测区间"
                        + "（经验区间，非正态假设）；菱形为上年实际。所列群体为预计达标率最低者；往年不足两年时不作预测。",
                "Each member's year-end hours are projected from hours so far; earlier years' member outcomes are "
                        + "replayed to give the projected rate and its empirical 80% interval; diamonds show last "
                        + "year's actual. Groups shown have the lowest projections; with fewer than two earlier "
                        + "years no forecast is made."),
                ForestPlotChart.create(f, text, ctx.theme())));
    }

    /**
     * The quarter of the latest forecast made in the pack's year up to the pack's quarter: no forecast is made at the
     * end of Q4 (the year is over), so a Q4 pack shows Q3's and its title says so. Without one, the pack's own quarter
     * (at most Q3), for the no-data message.
     */
    static Period latestAsOf(List<ForecastRow> rows, Period pack) {
        return rows.stream().map(ForecastRow::asOf)
                .filter(q -> q.year() == pack.year() && q.index() <= pack.index())
                .max(Comparator.comparingInt(Period::index))
                .orElse(Period.quarter(pack.year(), Math.min(3, pack.index())));
    }

    private static String subtitle(PackContext ctx, Optional<ForecastRow> county) {
        if (county.isEmpty()) {
            return null;
        }
        ForecastRow c = county.get();
        if (!c.forecastMade()) {
            return ctx.t("往年数据不足两年，不作预测", "Fewer than two earlier years: no forecast");
        }
        if (c.backtestYears() == 0) {
            return ctx.t("尚无可回测的往年", "No earlier year to backtest yet");
        }
        long hits = Math.round(c.backtestCoverage() * c.backtestYears());
        return ctx.t("回测：往年同期80%区间覆盖实际 " + hits + "/" + c.backtestYears() + " 年",
                "Backtest: the 80% interval covered the actual in " + hits + " of " + c.backtestYears()
                        + " earlier years");
    }

    private static double lastYearActual(List<ForecastRow> rows, ForecastRow r, int year) {
        return rows.stream().filter(o -> o.period().year() == year && o.dimension().equals(r.dimension())
                        && o.group().equals(r.group()) && !o.suppressed() && !Double.isNaN(o.actualRate()))
                .mapToDouble(ForecastRow::actualRate).findFirst().orElse(Double.NaN);
    }
}

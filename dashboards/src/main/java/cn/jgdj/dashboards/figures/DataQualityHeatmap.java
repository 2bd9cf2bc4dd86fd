package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.HeatmapChart;
import cn.jgdj.dashboards.data.DataQualityRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.DataQualityChecks;
import cn.jgdj.dashboards.datasets.Parts;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The data-quality scorecard as a heat map: units × checks, each cell the check's share of the unit's rows over the
 * review year; units needing review first.
 */
public final class DataQualityHeatmap implements Figure {

    /** The unit of set-aside rows that could not be placed (DimensionGroups.UNKNOWN in the jobs module). */
    static final String UNPLACED = "unknown";

    private record UnitScore(String unit, boolean review, long rows, long[] counts) {
        double share(int check) {
            return rows == 0 ? Double.NaN : (double) counts[check] / rows;
        }
    }

    @Override
    public String id() {
        return "data_quality_heatmap";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<DataQualityRow> t = ctx.tables().acting().dataQuality();
        int year = ctx.period().year();
        Map<String, UnitScore> byUnit = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> quartersCounted = new LinkedHashMap<>();
        for (DataQualityRow r : t.rows()) {
            if (!r.inYear(year)) {
                continue;
            }
            UnitScore s = byUnit.computeIfAbsent(r.unitId(),
                    u -> new UnitScore(u, false, 0, new long[DataQuality.CHECKS.size()]));
            boolean newQuarter = quartersCounted.computeIfAbsent(r.unitId(), u -> new java.util.HashSet<>())
                    .add(r.period());
            s = new UnitScore(s.unit(), s.review() || r.needsReview(), s.rows() + (newQuarter ? r.unitRows() : 0),
                    s.counts());
            int c = DataQuality.CHECKS.indexOf(r.check());
            if (c >= 0) {
                s.counts()[c] += r.count();
            }
            byUnit.put(r.unitId(), s);
        }
        List<UnitScore> units = new ArrayList<>(byUnit.values());
        units.sort(Comparator.comparing((UnitScore u) -> !u.review()).thenComparing((UnitScore u) -> ctx.labels().unit(u.unit()),
                cn.jgdj.dashboards.text.NaturalOrder.INSTANCE));
        List<String> columns = DataQuality.CHECKS.stream().map(c -> DataQualityChecks.shortLabel(ctx.labels(), c)).toList();
        String legend = DataQuality.CHECKS.stream().map(c -> DataQualityChecks.shortLabel(ctx.labels(), c) + ctx.t("：", ": ")
                + DataQualityChecks.label(ctx.labels(), c)).collect(java.util.stream.Collectors.joining(ctx.t("；", "; ")));
        List<List<UnitScore>> parts = Parts.split(units, Parts.MAX_ROWS);
        List<PackChart> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<UnitScore> part = parts.get(p);
            DefaultXYZDataset cells = new DefaultXYZDataset();
            List<double[]> xyz = new ArrayList<>();
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < part.size(); i++) {
                UnitScore u = part.get(i);
                String name = UNPLACED.equals(u.unit())
                        ? ctx.t("未能归属单位的行", "Rows without a unit") : ctx.labels().unit(u.unit());
                rows.add(name + (u.review() ? ctx.t("（需复核）", " (review)") : ""));
                for (int c = 0; c < DataQuality.CHECKS.size(); c++) {
                    if (!Double.isNaN(u.share(c))) {
                        xyz.add(new double[]{c, i, u.share(c)});
                    }
                }
            }
            double[][] series = new double[3][xyz.size()];
            for (int k = 0; k < xyz.size(); k++) {
                series[0][k] = xyz.get(k)[0];
                series[1][k] = xyz.get(k)[1];
                series[2][k] = xyz.get(k)[2];
            }
            cells.addSeries(ctx.t("占比", "Share"), series);
            String suffix = Parts.titleSuffix(ctx.labels(), p, parts.size());
            String title = ctx.t(ctx.labels().period(ctx.period()) + "各单位数据质量检查" + suffix,
                    "Data-quality scorecard by unit, " + ctx.labels().period(ctx.period()) + suffix);
            ChartText text = ctx.text(title, t, ctx.t(units.size() + "个单位", units.size() + " units"), ctx.period())
                    .withAxes(ctx.t("检查项", "Check"), ctx.t("单位", "Unit"))
                    .withSubtitle(ctx.t("需复核的单位在前；格中为该项占单位全年记录的比例",
                            "Units needing review first; each cell is the check's share of the unit's rows in the year"));
            out.add(PackChart.tall(Parts.id(id(), p, parts.size()), title, ctx.t(
                    "每格为该检查项占该单位全年记录（活动、出勤、平台记录及被隔离的行）的比例；任一季度任一项超过规则文件"
                            + "阈值的单位标为需复核。各列为：" + legend + "。",
                    "Each cell: the check's share of the unit's rows in the year (events, attendance, platform rows "
                            + "and rows set aside); units with any check over its rules-file threshold in any quarter "
                            + "are marked for review. Columns: " + legend + "."),
                    HeatmapChart.create(new HeatmapChart.Heatmap(cells, rows, columns, List.of(),
                            ctx.t("占比（%）", "Share (%)"), "×"), text, ctx.theme()),
                    Math.max(part.size(), 8), 22));
        }
        return out;
    }
}

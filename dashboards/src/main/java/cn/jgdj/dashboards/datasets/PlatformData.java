package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.HeatmapChart.Heatmap;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.PlatformRow;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.data.xy.DefaultXYZDataset;

/** Datasets from platform_engagement: aggregate active rates by group and month, never per person. */
public final class PlatformData {
    /** Dimensions shown in the engagement heat map; units would be ~120 rows, so they are left to other charts. */
    public static final List<String> DIMENSIONS = List.of(Dimensions.ALL, Dimensions.AGE_BAND, Dimensions.GENDER,
            Dimensions.EDUCATION, Dimensions.MEMBER_TYPE, Dimensions.ROLE, Dimensions.UNIT_TYPE, Dimensions.MOBILE,
            Dimensions.MOBILITY_IMPAIRED);

    private PlatformData() {
    }

    /** The platforms with rows in a year, in code-table order. */
    public static List<String> platforms(List<PlatformRow> rows, Period year) {
        Set<String> seen = rows.stream().filter(r -> r.period().isMonth() && r.period().year() == year.year())
                .map(PlatformRow::platform).collect(Collectors.toSet());
        List<String> out = new ArrayList<>(cn.jgdj.schemas.codes.Codes.PLATFORM.ids().stream()
                .filter(seen::contains).toList());
        seen.stream().filter(p -> !out.contains(p)).sorted().forEach(out::add);
        return out;
    }

    /** Groups (rows: dimension: group) × months of the year for one platform. */
    public static Heatmap heatmap(List<PlatformRow> rows, String platform, Period year, Labels l) {
        List<Period> months = year.months();
        Map<String, Map<Period, PlatformRow>> byGroup = new LinkedHashMap<>();
        for (String dim : DIMENSIONS) {
            List<PlatformRow> dimRows = rows.stream().filter(r -> r.platform().equals(platform)
                    && r.dimension().equals(dim) && months.contains(r.period())).toList();
            for (String g : GroupOrder.sort(dim, dimRows.stream().map(PlatformRow::group).toList())) {
                Map<Period, PlatformRow> byMonth = new LinkedHashMap<>();
                dimRows.stream().filter(r -> r.group().equals(g)).forEach(r -> byMonth.put(r.period(), r));
                byGroup.put(l.dimensionGroup(dim, g), byMonth);
            }
        }
        List<String> rowLabels = new ArrayList<>(byGroup.keySet());
        List<double[]> cells = new ArrayList<>();
        List<int[]> suppressed = new ArrayList<>();
        for (int i = 0; i < rowLabels.size(); i++) {
            Map<Period, PlatformRow> byMonth = byGroup.get(rowLabels.get(i));
            for (int m = 0; m < months.size(); m++) {
                PlatformRow r = byMonth.get(months.get(m));
                if (r == null) {
                    continue;
                }
                if (r.suppressed() || Double.isNaN(r.activeRate())) {
                    // Not in the dataset at all, so no figure can leak into a label or a colour.
                    suppressed.add(new int[] {i, m});
                } else {
                    cells.add(new double[] {m, i, r.activeRate()});
                }
            }
        }
        DefaultXYZDataset xyz = new DefaultXYZDataset();
        if (!cells.isEmpty()) {
            double[][] s = new double[3][cells.size()];
            for (int k = 0; k < cells.size(); k++) {
                for (int j = 0; j < 3; j++) {
                    s[j][k] = cells.get(k)[j];
                }
            }
            xyz.addSeries(l.platform(platform), s);
        }
        List<String> columns = months.stream().map(l::periodTick).toList();
        return new Heatmap(xyz, rowLabels, columns, suppressed, l.t("活跃率", "Active rate"), "×");
    }
}

package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.charts.HeatmapChart.Heatmap;
import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.text.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.data.xy.DefaultXYZDataset;

/** Datasets from branch_compliance: branches aggregated into units (≈600 branches would not read). */
public final class ComplianceData {
    private ComplianceData() {
    }

    /** A unit's share of compliant branches per quarter of a year (NaN where it has no rows that quarter). */
    public record UnitCompliance(String unitId, int branches, double[] shareByQuarter, double yearShare,
                                 int[] compliantByQuarter, int[] branchesByQuarter) {
    }

    /** Per unit, sorted lowest yearly share first. */
    public static List<UnitCompliance> byUnit(List<BranchComplianceRow> rows, Period year) {
        List<Period> quarters = year.quarters();
        Map<String, List<BranchComplianceRow>> byUnit = rows.stream()
                .filter(r -> quarters.contains(r.period()))
                .collect(Collectors.groupingBy(BranchComplianceRow::unitId, TreeMap::new, Collectors.toList()));
        List<UnitCompliance> out = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            double[] shares = new double[4];
            int[] compliant = new int[4];
            int[] total = new int[4];
            for (int q = 0; q < 4; q++) {
                Period quarter = quarters.get(q);
                List<BranchComplianceRow> inQ = list.stream().filter(r -> r.period().equals(quarter)).toList();
                total[q] = inQ.size();
                compliant[q] = (int) inQ.stream().filter(BranchComplianceRow::compliant).count();
                shares[q] = inQ.isEmpty() ? Double.NaN : (double) compliant[q] / inQ.size();
            }
            int branches = (int) list.stream().map(BranchComplianceRow::branchId).distinct().count();
            double year1 = (double) list.stream().filter(BranchComplianceRow::compliant).count() / list.size();
            out.add(new UnitCompliance(unit, branches, shares, year1, compliant, total));
        });
        out.sort(Comparator.comparingDouble(UnitCompliance::yearShare).thenComparing(UnitCompliance::unitId));
        return out;
    }

    /** Share of compliant branch-quarters in a year, over every branch. */
    public static OptionalDouble yearRate(List<BranchComplianceRow> rows, Period year) {
        List<BranchComplianceRow> in = rows.stream().filter(r -> year.quarters().contains(r.period())).toList();
        if (in.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) in.stream().filter(BranchComplianceRow::compliant).count() / in.size());
    }

    /** Distinct branches with a row in the year. */
    public static long branches(List<BranchComplianceRow> rows, Period year) {
        return rows.stream().filter(r -> year.quarters().contains(r.period())).map(BranchComplianceRow::branchId)
                .distinct().count();
    }

    /** The heat map of units (rows, top first) × quarters. */
    public static Heatmap heatmap(List<UnitCompliance> units, Labels l) {
        DefaultXYZDataset xyz = new DefaultXYZDataset();
        List<double[]> cells = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitCompliance u = units.get(i);
            rows.add(l.unit(u.unitId()) + l.t("（" + u.branches() + "个支部）", " (" + u.branches() + " branches)"));
            for (int q = 0; q < 4; q++) {
                if (!Double.isNaN(u.shareByQuarter()[q])) {
                    cells.add(new double[] {q, i, u.shareByQuarter()[q]});
                    // Counts, not a percentage: a unit of two branches would read 0/50/100 %.
                    text.add(u.compliantByQuarter()[q] + "/" + u.branchesByQuarter()[q]);
                }
            }
        }
        if (!cells.isEmpty()) {
            double[][] series = new double[3][cells.size()];
            for (int k = 0; k < cells.size(); k++) {
                series[0][k] = cells.get(k)[0];
                series[1][k] = cells.get(k)[1];
                series[2][k] = cells.get(k)[2];
            }
            xyz.addSeries(l.t("制度落实支部占比", "Share of branches keeping the cadence"), series);
        }
        List<String> columns = List.of(l.t("第1季度", "Q1"), l.t("第2季度", "Q2"), l.t("第3季度", "Q3"),
                l.t("第4季度", "Q4"));
        return new Heatmap(xyz, rows, columns, List.of(), l.t("制度落实支部占比", "Branches keeping the cadence"), "×",
                text);
    }
}

package cn.jgdj.dashboards.datasets;

import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.codes.Codes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which 三会一课 meeting type falls short, from the per-type counts of branch_compliance: a quarterly type held
 * less than once in a quarter, a monthly type held fewer than three times (three meetings may still fall in one
 * month, so this undercounts monthly misses: it names only certain shortfalls).
 */
public final class CadenceShortfall {
    private CadenceShortfall() {
    }

    /** The fewest meetings of a type a branch must hold in a quarter. */
    public static long minimumPerQuarter(String type) {
        return Codes.QUARTERLY_CADENCE_TYPES.contains(type) ? 1 : 3;
    }

    /** The cadence types a branch held too few of in a quarter's row. */
    public static List<String> shortTypes(BranchComplianceRow r) {
        List<String> out = new ArrayList<>();
        for (String type : Codes.CADENCE_TYPES) {
            if (r.heldByType().getOrDefault(type, 0L) < minimumPerQuarter(type)) {
                out.add(type);
            }
        }
        return out;
    }

    /** Per cadence type, the branch-quarters of the year that held too few. */
    public static Map<String, Long> byType(List<BranchComplianceRow> rows, Period year) {
        Map<String, Long> out = new LinkedHashMap<>();
        Codes.CADENCE_TYPES.forEach(t -> out.put(t, 0L));
        rows.stream().filter(r -> year.quarters().contains(r.period()))
                .forEach(r -> shortTypes(r).forEach(t -> out.merge(t, 1L, Long::sum)));
        return out;
    }

    /** Branches non-compliant in all four quarters of the year, by branch id, with their rows in quarter order. */
    public static Map<String, List<BranchComplianceRow>> failingEveryQuarter(List<BranchComplianceRow> rows,
                                                                          Period year) {
        Map<String, List<BranchComplianceRow>> byBranch = rows.stream()
                .filter(r -> year.quarters().contains(r.period()))
                .collect(Collectors.groupingBy(BranchComplianceRow::branchId, TreeMap::new, Collectors.toList()));
        Map<String, List<BranchComplianceRow>> out = new TreeMap<>();
        byBranch.forEach((b, list) -> {
            if (list.size() == 4 && list.stream().noneMatch(BranchComplianceRow::compliant)) {
                List<BranchComplianceRow> sorted = new ArrayList<>(list);
                sorted.sort(java.util.Comparator.comparing(BranchComplianceRow::period));
                out.put(b, sorted);
            }
        });
        return out;
    }
}

package cn.jgdj.jobs.secretary;

import cn.jgdj.jobs.io.SparkOrder;
import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.indicators.Dimensions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The secretary readiness table made on the driver from the secretaries' member rows and their training days (a few
 * rows per branch): the rules of {@link SecretaryReadinessJob}, per year and group (all, unit type, unit).
 */
final class ReadinessRows {
    private ReadinessRows() {
    }

    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    /** The table's dimensions in report order (Dimensions.ORDER). */
    private static final List<String> LEVELS = List.of(Dimensions.ALL, Dimensions.UNIT_TYPE, Dimensions.UNIT);

    /**
     * A member row with role secretary whose branch is in the branches file.
     *
     * @param validTo  null when open
     * @param unit     the branch's unit, null when the branch has none
     * @param unitType the unit's type, null when the unit is not in the units file
     */
    record SecretaryRow(String memberKey, LocalDate validFrom, LocalDate validTo, String unit, String unitType) {
        LocalDate validUntil() {
            return validTo == null ? OPEN_END : validTo;
        }
    }

    /**
     * Rows with SecretaryReadiness.COLUMNS' values, by period, dimension (report order) and group.
     *
     * @param trainingDays per member, the days of their present or makeup rows at a rotation training or training
     *                     class (other members' days may be there: they are not looked up)
     */
    static List<Row> rows(List<SecretaryRow> secretaryRows, Map<String, List<LocalDate>> trainingDays,
                          int firstYear, int lastYear, LocalDate asOf, int windowMonths, int minCellSize) {
        Map<String, List<SecretaryRow>> byMember = new HashMap<>();
        for (SecretaryRow r : secretaryRows) {
            byMember.computeIfAbsent(r.memberKey(), k -> new ArrayList<>()).add(r);
        }
        // period -> dimension position -> group -> counts (secretaries, trained, new, new trained in window, overdue)
        Map<Integer, Map<Integer, Map<String, long[]>>> cells = new TreeMap<>();
        for (Map.Entry<String, List<SecretaryRow>> m : byMember.entrySet()) {
            List<SecretaryRow> rows = m.getValue();
            List<LocalDate> days = trainingDays.getOrDefault(m.getKey(), List.of());
            LocalDate appointed = rows.stream().map(SecretaryRow::validFrom).min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate deadline = appointed.plusMonths(windowMonths).minusDays(1);
            boolean inWindow = days.stream().anyMatch(d -> !d.isBefore(appointed) && !d.isAfter(deadline));
            boolean windowOver = asOf == null || deadline.isBefore(asOf);
            // Each year served, grouped by the last secretary row starting in or before it that touches it.
            Map<Integer, SecretaryRow> lastOfYear = new TreeMap<>();
            for (SecretaryRow r : rows) {
                int from = Math.max(r.validFrom().getYear(), firstYear);
                int to = Math.min(r.validUntil().getYear(), lastYear);
                for (int y = from; y <= to; y++) {
                    lastOfYear.merge(y, r, (a, b) -> b.validFrom().isAfter(a.validFrom()) ? b : a);
                }
            }
            for (Map.Entry<Integer, SecretaryRow> served : lastOfYear.entrySet()) {
                int year = served.getKey();
                boolean trained = days.stream().anyMatch(d -> d.getYear() == year);
                boolean isNew = appointed.getYear() == year;
                long[] counts = {1, trained ? 1 : 0, isNew ? 1 : 0, isNew && inWindow ? 1 : 0,
                        isNew && windowOver && !inWindow ? 1 : 0};
                SecretaryRow last = served.getValue();
                List<String> groups = Arrays.asList(Dimensions.ALL, last.unitType(), last.unit());
                for (int level = 0; level < LEVELS.size(); level++) {
                    String group = groups.get(level) == null ? DimensionGroups.UNKNOWN : groups.get(level);
                    long[] cell = cells.computeIfAbsent(year, y -> new TreeMap<>())
                            .computeIfAbsent(level, l -> new TreeMap<>(SparkOrder.STRINGS))
                            .computeIfAbsent(group, g -> new long[5]);
                    for (int i = 0; i < cell.length; i++) {
                        cell[i] += counts[i];
                    }
                }
            }
        }
        List<Row> out = new ArrayList<>();
        cells.forEach((year, levels) -> levels.forEach((level, groups) -> groups.forEach((group, c) ->
                out.add(RowFactory.create(String.valueOf(year), LEVELS.get(level), group, c[0], c[1],
                        rate(c[1], c[0]), c[2], c[3], rate(c[3], c[2]), c[4], rate(c[4], c[2]),
                        c[0] < minCellSize)))));
        return out;
    }

    /** A rate, null when nobody is in the denominator (as Spark divides two longs: as doubles). */
    private static Double rate(long numerator, long denominator) {
        return denominator > 0 ? (double) numerator / (double) denominator : null;
    }
}

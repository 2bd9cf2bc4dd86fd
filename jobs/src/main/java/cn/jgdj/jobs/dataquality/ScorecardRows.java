package cn.jgdj.jobs.dataquality;

import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.DataQuality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The scorecard from the collected tallies, on the driver (a few rows per unit and quarter): every check of
 * {@link DataQuality#CHECKS} for every unit and quarter with rows, zeros included, then one set_aside:REASON row
 * per reason that occurs; share = count / unit_rows; exceeds = share above the check's threshold (set_aside's for
 * set_aside:REASON); needs_review = any check of the unit and quarter exceeds. Ordered by period, unit, check.
 */
final class ScorecardRows {
    private ScorecardRows() {
    }

    /** The check of a scored row that no check flags. */
    static final String ROW = "_row";

    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            field(Indicators.PERIOD, DataTypes.StringType), field(Indicators.UNIT_ID, DataTypes.StringType),
            field(DataQuality.CHECK, DataTypes.StringType), field(DataQuality.COUNT, DataTypes.LongType),
            field(DataQuality.UNIT_ROWS, DataTypes.LongType), field(DataQuality.SHARE, DataTypes.DoubleType),
            field(DataQuality.THRESHOLD, DataTypes.DoubleType), field(DataQuality.EXCEEDS, DataTypes.BooleanType),
            field(DataQuality.NEEDS_REVIEW, DataTypes.BooleanType)));

    private record Place(String period, String unitId) {
    }

    private static final class Counts {
        long unitRows;
        final Map<String, Long> byCheck = new TreeMap<>();
    }

    static List<Row> of(List<Tally> tallies, Map<String, Double> thresholds) {
        // Spark orders strings by their UTF-8 bytes; UTF-16 order equals it for every id short of surrogate pairs.
        Map<Place, Counts> places = new TreeMap<>(Comparator.comparing(Place::period).thenComparing(Place::unitId));
        for (Tally t : tallies) {
            Counts c = places.computeIfAbsent(new Place(t.period(), t.unitId()), p -> new Counts());
            if (t.counted()) {
                c.unitRows += t.rows();
            }
            if (!t.check().equals(ROW)) {
                c.byCheck.merge(t.check(), t.rows(), Long::sum);
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<Place, Counts> e : places.entrySet()) {
            Counts c = e.getValue();
            Map<String, Long> reasons = new TreeMap<>();
            long setAside = 0;
            for (Map.Entry<String, Long> k : c.byCheck.entrySet()) {
                if (k.getKey().startsWith(DataQuality.SET_ASIDE + ":")) {
                    reasons.put(k.getKey(), k.getValue());
                    setAside += k.getValue();
                }
            }
            List<Object[]> rows = new ArrayList<>();
            for (String check : DataQuality.CHECKS) {
                long n = check.equals(DataQuality.SET_ASIDE) ? setAside : c.byCheck.getOrDefault(check, 0L);
                rows.add(row(e.getKey(), check, n, c.unitRows, thresholds.get(check)));
            }
            reasons.forEach((check, n) -> rows.add(row(e.getKey(), check, n, c.unitRows,
                    thresholds.get(DataQuality.SET_ASIDE))));
            boolean needsReview = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r[7]));
            for (Object[] r : rows) {
                r[8] = needsReview;
                out.add(RowFactory.create(r));
            }
        }
        return out;
    }

    private static Object[] row(Place p, String check, long count, long unitRows, Double threshold) {
        Double share = unitRows == 0 ? null : (double) count / unitRows;
        boolean exceeds = share != null && threshold != null && share > threshold;
        return new Object[]{p.period(), p.unitId(), check, count, unitRows, share, threshold, exceeds, null};
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}

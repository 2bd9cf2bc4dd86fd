package cn.jgdj.jobs.groups;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.jgdj.jobs.membership.DimensionGroups;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The number of rows and the exact median of a value per period, key value, dimension and group, without exploding
 * the rows by dimension before a shuffle. Spark's {@code percentile} over the exploded rows kept a value map per
 * group and, past 128 groups per task, sorted every exploded row (ten per member row); here the member rows are
 * shuffled once by period and key value (a handful of groups), and each group's values are sorted in Java, one
 * list per dimension group. The result equals {@code percentile(value, 0.5)}: nulls are left out, and an even count
 * gives {@code 0.5 × lower + 0.5 × upper} of the two middle values, as Spark interpolates.
 */
final class ExactMedians {
    private ExactMedians() {
    }

    private static final String VALUE = "_median_value";

    /**
     * @param rows one row per member, period and key value, with the dimension columns (named as in Dimensions)
     * @return period, key, dimension, group, {@code countName} (rows, long) and {@code medianName} (double, null
     *         when every value is null)
     */
    static Dataset<Row> byGroup(Dataset<Row> rows, String key, Column value, String countName, String medianName) {
        List<String> dimensions = Dimensions.ORDER.stream().filter(d -> !Dimensions.ALL.equals(d)).toList();
        List<Column> slim = new ArrayList<>();
        slim.add(col(Indicators.PERIOD).cast("string").as(Indicators.PERIOD));
        slim.add(col(key).cast("string").as(key));
        slim.add(value.cast("double").as(VALUE));
        for (String d : dimensions) {
            slim.add(coalesce(col(d).cast("string"), lit(DimensionGroups.UNKNOWN)).as(d));
        }
        StructType out = new StructType()
                .add(Indicators.PERIOD, DataTypes.StringType, false)
                .add(key, DataTypes.StringType, false)
                .add(Indicators.DIMENSION, DataTypes.StringType, false)
                .add(Indicators.GROUP, DataTypes.StringType, false)
                .add(countName, DataTypes.LongType, false)
                .add(medianName, DataTypes.DoubleType, true);
        return rows.select(slim.toArray(Column[]::new))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + '\u0001' + r.getString(1),
                        Encoders.STRING())
                .flatMapGroups(new PerDimensionGroup(), Encoders.row(out));
    }

    /** One period and key value: its rows' count and median per dimension group, in Dimensions.ORDER. */
    private static final class PerDimensionGroup implements FlatMapGroupsFunction<String, Row, Row> {
        @Override
        public Iterator<Row> call(String periodAndKey, Iterator<Row> rows) {
            int dims = Dimensions.ORDER.size();
            List<Map<String, Values>> groups = new ArrayList<>();
            for (int i = 0; i < dims; i++) {
                groups.add(new LinkedHashMap<>());
            }
            String period = null;
            String keyValue = null;
            while (rows.hasNext()) {
                Row r = rows.next();
                period = r.getString(0);
                keyValue = r.getString(1);
                boolean hasValue = !r.isNullAt(2);
                double v = hasValue ? r.getDouble(2) : 0;
                int column = 3;
                for (int i = 0; i < dims; i++) {
                    String group = Dimensions.ALL.equals(Dimensions.ORDER.get(i)) ? Dimensions.ALL
                            : r.getString(column++);
                    groups.get(i).computeIfAbsent(group, g -> new Values()).add(hasValue, v);
                }
            }
            List<Row> out = new ArrayList<>();
            for (int i = 0; i < dims; i++) {
                for (Map.Entry<String, Values> g : groups.get(i).entrySet()) {
                    out.add(RowFactory.create(period, keyValue, Dimensions.ORDER.get(i), g.getKey(),
                            g.getValue().rows, g.getValue().median()));
                }
            }
            return out.iterator();
        }
    }

    /** The rows of one group and their non-null values. */
    static final class Values {
        long rows;
        private double[] values = new double[8];
        private int size;

        void add(boolean hasValue, double v) {
            rows++;
            if (hasValue) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = v;
            }
        }

        /** Spark's percentile(value, 0.5): position (n − 1) / 2, linear between the two values around it. */
        Double median() {
            if (size == 0) {
                return null;
            }
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            double position = (size - 1) * 0.5;
            long lower = (long) Math.floor(position);
            long higher = (long) Math.ceil(position);
            double low = sorted[(int) lower];
            double high = sorted[(int) higher];
            if (higher == lower || low == high) {
                return low;
            }
            return (higher - position) * low + (position - lower) * high;
        }
    }
}

package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Turns member rows carrying one column per dimension (named as in Dimensions) into one row per member and
 * dimension with the member's group, so a single group-by yields every dimension's table.
 */
public final class DimensionGroups {
    private DimensionGroups() {
    }

    /** The group of a member whose attribute is missing (e.g. a branch absent from the branches file). */
    public static final String UNKNOWN = "unknown";

    private static final String PAIR = "_dimension_group";

    /** Adds `dimension` and `group` columns: each input row appears once per dimension in Dimensions.ORDER. */
    public static Dataset<Row> explodeByDimension(Dataset<Row> members) {
        List<Column> pairs = new ArrayList<>();
        for (String d : Dimensions.ORDER) {
            Column group = Dimensions.ALL.equals(d) ? lit(Dimensions.ALL)
                    : coalesce(col(d).cast("string"), lit(UNKNOWN));
            pairs.add(struct(lit(d).as(Indicators.DIMENSION), group.as(Indicators.GROUP)));
        }
        return members.withColumn(PAIR, explode(array(pairs.toArray(Column[]::new))))
                .withColumn(Indicators.DIMENSION, col(PAIR + "." + Indicators.DIMENSION))
                .withColumn(Indicators.GROUP, col(PAIR + "." + Indicators.GROUP))
                .drop(PAIR);
    }

    /** The position of the dimension column in report order, for sorting tables. */
    public static Column reportOrder() {
        return positionIn(Dimensions.ORDER, col(Indicators.DIMENSION));
    }

    /** The 1-based position of a value in a fixed list (0 when absent), to sort codes in declaration order. */
    public static Column positionIn(List<String> order, Column value) {
        return array_position(array(order.stream().map(d -> lit(d)).toArray(Column[]::new)), value);
    }
}

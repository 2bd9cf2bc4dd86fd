package cn.jgdj.jobs.membership;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.schemas.Branches;
import cn.jgdj.testing.SparkSessionExtension;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class BranchUnitsTest {

    private static final StructType BRANCHES = DataTypes.createStructType(List.of(
            DataTypes.createStructField(Branches.BRANCH_ID, DataTypes.StringType, true),
            DataTypes.createStructField(Branches.UNIT_ID, DataTypes.StringType, true)));

    private static List<String> unitsOf(SparkSession spark, List<Row> branches, String... ids) {
        Dataset<Row> members = spark.createDataFrame(Arrays.stream(ids).map(i -> RowFactory.create((Object) i))
                .toList(), DataTypes.createStructType(List.of(
                        DataTypes.createStructField("branch_id", DataTypes.StringType, true))));
        return members.select(BranchUnits.unitOf(spark.createDataFrame(branches, BRANCHES), col("branch_id")))
                .collectAsList().stream().map(r -> r.isNullAt(0) ? "null" : r.getString(0)).toList();
    }

    /** As a left join would give: the unit of a known branch, null for an unknown or missing branch. */
    @Test
    void theUnitOfEachBranchAndNullWhereThereIsNone(SparkSession spark) {
        List<Row> branches = List.of(RowFactory.create("B1", "U1"), RowFactory.create("B2", "U2"),
                RowFactory.create("B3", null), RowFactory.create(null, "U9"));
        assertEquals(List.of("U2", "U1", "null", "null", "null"),
                unitsOf(spark, branches, "B2", "B1", "B3", "B4", null));
        assertEquals(List.of("null"), unitsOf(spark, List.of(), "B1"));
    }
}

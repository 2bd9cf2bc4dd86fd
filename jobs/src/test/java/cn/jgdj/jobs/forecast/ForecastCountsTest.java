package cn.jgdj.jobs.forecast;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.testing.SparkSessionExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class ForecastCountsTest {
    private static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("_year", DataTypes.IntegerType, false),
            DataTypes.createStructField("_quarter", DataTypes.IntegerType, false),
            DataTypes.createStructField("dimension", DataTypes.StringType, false),
            DataTypes.createStructField("group", DataTypes.StringType, false),
            DataTypes.createStructField("role", DataTypes.StringType, true),
            DataTypes.createStructField("_bin", DataTypes.IntegerType, false),
            DataTypes.createStructField("_attained", DataTypes.BooleanType, false)));

    private static final StructType YEAR_END = DataTypes.createStructType(List.of(
            DataTypes.createStructField("_year", DataTypes.IntegerType, false),
            DataTypes.createStructField("dimension", DataTypes.StringType, false),
            DataTypes.createStructField("group", DataTypes.StringType, false),
            DataTypes.createStructField("_attained", DataTypes.BooleanType, false)));

    @Test
    void splitsOneAggregationIntoCellsGroupsAndYearEnds(SparkSession spark) {
        Dataset<Row> quarterEnds = spark.createDataFrame(List.of(
                row(2024, 1, "all", "all", "ordinary", 3, true),
                row(2024, 1, "all", "all", "ordinary", 3, false),
                row(2024, 1, "all", "all", "secretary", 1, false),
                row(2024, 1, "unit", "U1", "ordinary", 3, true),
                row(2024, 1, "unit", "U1", "ordinary", 3, false),
                row(2024, 1, "unit", "U2", "secretary", 1, false),
                row(2024, 2, "all", "all", null, 0, false)), SCHEMA);
        Dataset<Row> yearEnds = spark.createDataFrame(List.of(
                yearEnd(2024, "all", "all", true),
                yearEnd(2024, "all", "all", false),
                yearEnd(2024, "all", "all", true),
                yearEnd(2024, "unit", "U1", true),
                yearEnd(2024, "unit", "U1", true),
                yearEnd(2024, "unit", "U2", false)), YEAR_END);
        ForecastCounts counts = ForecastCounts.of(quarterEnds, yearEnds);
        // The all group's cells, with attainers: 2 ordinary in bin 3 (1 attained), 1 secretary in bin 1, and a
        // missing role counted as unknown.
        assertEquals(List.of(new ProjectionCell(2024, 1, "ordinary", 3, 2, 1),
                        new ProjectionCell(2024, 1, "secretary", 1, 1, 0),
                        new ProjectionCell(2024, 2, "unknown", 0, 1, 0)),
                sorted(counts.cells()));
        assertEquals(List.of(new GroupCell(2024, 1, "all", "all", "ordinary", 3, 2),
                        new GroupCell(2024, 1, "all", "all", "secretary", 1, 1),
                        new GroupCell(2024, 1, "unit", "U1", "ordinary", 3, 2),
                        new GroupCell(2024, 1, "unit", "U2", "secretary", 1, 1),
                        new GroupCell(2024, 2, "all", "all", "unknown", 0, 1)),
                sorted(counts.groups()));
        // Year ends: all 3 rows (2 attained), U1 2 (2), U2 1 (0); none of them is a quarter's group.
        assertEquals(List.of(new YearActual(2024, "all", "all", 3, 2), new YearActual(2024, "unit", "U1", 2, 2),
                new YearActual(2024, "unit", "U2", 1, 0)), sorted(counts.actuals()));
    }

    @Test
    void groupsAreTheQuarterEndRowsCountedAloneOverManyPartitions(SparkSession spark) {
        // Many keys over several partitions: the attainer and year-end rows unioned into the same aggregation
        // never mix into the groups' counts.
        List<Row> quarter = new ArrayList<>();
        List<Row> year = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String group = "B" + (i * 7919 % 211);
            quarter.add(row(2021 + i % 4, 1 + i % 3, i % 2 == 0 ? "branch" : "all", i % 2 == 0 ? group : "all",
                    i % 5 == 0 ? "secretary" : "ordinary", i % 5, i % 3 == 0));
            year.add(yearEnd(2021 + i % 4, "branch", group, i % 4 == 0));
        }
        Dataset<Row> quarterEnds = spark.createDataFrame(quarter, SCHEMA).repartition(4);
        Dataset<Row> yearEnds = spark.createDataFrame(year, YEAR_END).repartition(3);
        Column[] keys = Arrays.stream(quarterEnds.columns(), 0, 6).map(k -> col(k)).toArray(Column[]::new);
        List<GroupCell> alone = new ArrayList<>();
        for (Row r : quarterEnds.groupBy(keys).agg(count(lit(1))).collectAsList()) {
            alone.add(new GroupCell(r.getInt(0), r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getInt(5), r.getLong(6)));
        }
        List<GroupCell> groups = ForecastCounts.of(quarterEnds, yearEnds).groups();
        assertEquals(alone.size(), groups.size());
        assertEquals(sorted(alone), sorted(groups));
    }

    private static Row yearEnd(int year, String dimension, String group, boolean attained) {
        return RowFactory.create(year, dimension, group, attained);
    }

    private static Row row(int year, int quarter, String dimension, String group, String role, int bin,
                           boolean attained) {
        return RowFactory.create(year, quarter, dimension, group, role, bin, attained);
    }

    private static <T> List<T> sorted(List<T> items) {
        return items.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }
}

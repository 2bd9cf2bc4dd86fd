package cn.jgdj.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.testing.SparkSessionExtension;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Spark period labels are the ones schemas' Period writes and parses. */
@ExtendWith(SparkSessionExtension.class)
class PeriodColumnsTest {

    @Test
    void labelsOfADateAndPartsOfALabel(SparkSession spark) {
        StructType schema = new StructType().add("day", DataTypes.DateType).add("label", DataTypes.StringType);
        List<Row> rows = spark.createDataFrame(List.of(
                        RowFactory.create(Date.valueOf("2025-04-30"), "2025Q3"),
                        RowFactory.create(Date.valueOf("2024-12-01"), "2024Q4")), schema)
                .select(PeriodColumns.monthOf(col("day")), PeriodColumns.quarterOf(col("day")),
                        PeriodColumns.yearOfLabel(col("label")), PeriodColumns.quarterOfLabel(col("label")),
                        PeriodColumns.lastDay(col("label")))
                .collectAsList();
        assertEquals(List.of("2025-04", "2025Q2", 2025, 3, Date.valueOf("2025-09-30").toLocalDate()),
                values(rows.get(0)));
        assertEquals(List.of("2024-12", "2024Q4", 2024, 4, Date.valueOf("2024-12-31").toLocalDate()),
                values(rows.get(1)));
    }

    private static List<Object> values(Row r) {
        return List.of(r.getString(0), r.getString(1), r.getInt(2), r.getInt(3), r.getDate(4).toLocalDate());
    }
}

package cn.jgdj.jobs.dataquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.ingest.QuarantineColumns;
import cn.jgdj.testing.SparkSessionExtension;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class QuarantinedRowsTest {

    /**
     * A missing end time: reason MISSING_VALUE and the column end_time in any ASCII case. Not: another reason, another
     * column, end_time with a line break or space after it, a dotted capital I (U+0130, which lowers to "i" and a
     * combining dot), a null column. The same answers as Spark's lower(column) = 'end_time'.
     */
    @Test
    void missingEndIsEndTimeInAnyAsciiCase(SparkSession spark) {
        List<String> columns = new ArrayList<>(List.of("end_time", "END_TIME", "End_Time", "end_time\n",
                "end_time ", "end_t\u0130me", "start_time", "endtime"));
        columns.add(null);
        List<Row> rows = new ArrayList<>();
        for (String c : columns) {
            rows.add(RowFactory.create("MISSING_VALUE", c));
        }
        rows.add(RowFactory.create("BAD_DATE", "end_time"));
        Dataset<Row> quarantine = spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                DataTypes.createStructField(QuarantineColumns.REASON_CODE, DataTypes.StringType, true),
                DataTypes.createStructField(QuarantineColumns.COLUMN, DataTypes.StringType, true))));

        List<Row> flags = quarantine.select(QuarantinedRows.missingEnd(),
                col(QuarantineColumns.REASON_CODE).equalTo("MISSING_VALUE")
                        .and(lower(col(QuarantineColumns.COLUMN)).equalTo("end_time"))).collectAsList();

        List<Boolean> expected = List.of(true, true, true, false, false, false, false, false, false, false);
        assertEquals(expected, flags.stream().map(r -> r.isNullAt(0) ? Boolean.FALSE : r.getBoolean(0)).toList());
        assertEquals(expected, flags.stream().map(r -> r.isNullAt(1) ? Boolean.FALSE : r.getBoolean(1)).toList());
    }
}

package cn.jgdj.jobs.underserved;

import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One group compared with the rest of the year's members: a row of the under_served table as the job writes it
 * (dashboards reads the table back as data.UnderServedRow); fields are null where the table leaves a cell empty (no rest to compare
 * with, or a suppressed group that is not tested).
 */
public record GroupComparison(String period, String indicator, String dimension, String group, long members,
                             double rate, long restMembers, Double restRate, Double gapPp, String test,
                             Double pValue, Double qValue, boolean flagged, boolean suppressed) {

    /** The table's Spark schema, in Indicators.UnderServed.COLUMNS order. */
    public static final StructType SCHEMA = schema();

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String c : UnderServed.COLUMNS) {
            fields.add(DataTypes.createStructField(c, typeOf(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(String column) {
        return switch (column) {
            case Indicators.PERIOD, Indicators.INDICATOR, Indicators.DIMENSION, Indicators.GROUP, UnderServed.TEST ->
                    DataTypes.StringType;
            case UnderServed.MEMBERS, UnderServed.REST_MEMBERS -> DataTypes.LongType;
            case UnderServed.FLAGGED, Indicators.SUPPRESSED -> DataTypes.BooleanType;
            default -> DataTypes.DoubleType;
        };
    }

    public Row toRow() {
        return RowFactory.create(period, indicator, dimension, group, members, rate, restMembers, restRate, gapPp,
                test, pValue, qValue, flagged, suppressed);
    }
}

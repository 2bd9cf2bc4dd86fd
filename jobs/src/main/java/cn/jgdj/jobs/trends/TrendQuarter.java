package cn.jgdj.jobs.trends;

import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One quarter of a series with the series' statistics repeated: a row of the trends table as the job writes it
 * (dashboards reads the table back as data.TrendRow).
 */
public record TrendQuarter(SeriesPoint point, Double yoyChange, SeriesStatistics statistics) {

    /** The table's Spark schema, in Indicators.Trends.COLUMNS order. */
    public static final StructType SCHEMA = schema();

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String c : Trends.COLUMNS) {
            fields.add(DataTypes.createStructField(c, typeOf(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(String column) {
        return switch (column) {
            case Indicators.INDICATOR, Indicators.DIMENSION, Indicators.GROUP, Indicators.PERIOD, Trends.DIRECTION ->
                    DataTypes.StringType;
            case Trends.SK_S -> DataTypes.LongType;
            case Indicators.SUPPRESSED -> DataTypes.BooleanType;
            default -> DataTypes.DoubleType;
        };
    }

    public Row toRow() {
        SeriesStatistics s = statistics;
        return RowFactory.create(point.indicator(), point.dimension(), point.group(), point.quarter().toString(),
                point.value(), yoyChange, s.slopePerYear(), s.slopeCiLow(), s.slopeCiHigh(), s.skS(), s.skZ(), s.skP(),
                s.direction(), point.suppressed());
    }
}

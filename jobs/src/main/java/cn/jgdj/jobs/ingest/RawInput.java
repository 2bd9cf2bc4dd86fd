package cn.jgdj.jobs.ingest;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;

/**
 * A raw file read into numbered records.
 *
 * @param header      the header row's cells
 * @param records     every record after the header, with its row number
 * @param recordCount how many records follow the header (counted while numbering them)
 * @param encoding    how the file was decoded, for the report
 */
record RawInput(List<String> header, JavaRDD<RawRecord> records, long recordCount, String encoding) {
}

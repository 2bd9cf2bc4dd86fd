package cn.jgdj.jobs.ingest;

import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.api.java.JavaRDD;

/**
 * A raw file read into numbered records.
 *
 * @param header      the header row's cells
 * @param records     every record after the header, with its row number
 * @param recordCount how many records follow the header, when they were counted before checking (a file read in
 *                    one piece is numbered as it is checked, and its count comes from the same pass)
 * @param maxRecords  at most this many records follow the header (the count itself when known)
 * @param encoding    how the file was decoded, for the report
 */
record RawInput(List<String> header, JavaRDD<RawRecord> records, OptionalLong recordCount, long maxRecords,
                String encoding) {

    /** A file whose records were counted before checking. */
    static RawInput counted(List<String> header, JavaRDD<RawRecord> records, long recordCount, String encoding) {
        return new RawInput(header, records, OptionalLong.of(recordCount), recordCount, encoding);
    }
}

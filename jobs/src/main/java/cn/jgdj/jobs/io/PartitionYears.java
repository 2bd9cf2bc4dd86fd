package cn.jgdj.jobs.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The first and last year of a Parquet dataset partitioned by a year column (warehouse events, attendance, …), read
 * on the driver from the folder names of its files ({@code year=2024/part-….parquet}): Spark listed them when the
 * dataset was opened, so this runs no Spark job, where a min/max over a date column runs two. Every folder Spark
 * writes holds at least one row, so the first and last folder are the first and last year with rows.
 */
public final class PartitionYears {
    private PartitionYears() {
    }

    /**
     * The years, or empty when the answer is not certain from the file names: a dataset not read from files
     * (made on the driver), one with no files (no rows), or a file outside a {@code column=N} folder. The caller
     * then asks Spark.
     */
    public static Optional<YearRange> of(Dataset<Row> rows, String column) {
        return of(rows.inputFiles(), column);
    }

    /** As {@link #of(Dataset, String)}, from the dataset's file paths. */
    static Optional<YearRange> of(String[] files, String column) {
        Pattern folder = Pattern.compile("/" + Pattern.quote(column) + "=(-?\\d{1,9})/");
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (String file : files) {
            Matcher m = folder.matcher(file);
            if (!m.find()) {
                return Optional.empty();
            }
            int year = Integer.parseInt(m.group(1));
            first = Math.min(first, year);
            last = Math.max(last, year);
        }
        return files.length == 0 ? Optional.empty() : Optional.of(new YearRange(first, last));
    }

    /**
     * @param first the earliest year with rows
     * @param last  the latest year with rows
     */
    public record YearRange(int first, int last) {
    }
}

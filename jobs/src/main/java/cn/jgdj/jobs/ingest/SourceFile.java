package cn.jgdj.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The one raw file of a dataset in the input folder: DATASET.csv or DATASET.xlsx, on any Hadoop filesystem. */
public record SourceFile(String path, String fileName, Format format) {

    /** The two accepted file formats. */
    public enum Format { CSV, XLSX }

    /** Finds the dataset's file; none or both is an {@link IngestException} naming the expected names. */
    public static SourceFile locate(Configuration conf, String inputDir, String dataset) {
        try {
            Path dir = new Path(inputDir);
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(dir)) {
                throw new IngestException("the input folder " + inputDir + " does not exist");
            }
            Path csv = new Path(dir, dataset + ".csv");
            Path xlsx = new Path(dir, dataset + ".xlsx");
            boolean hasCsv = fs.isFile(csv);
            boolean hasXlsx = fs.isFile(xlsx);
            if (hasCsv && hasXlsx) {
                throw new IngestException("both " + csv.getName() + " and " + xlsx.getName() + " are in " + inputDir
                        + ": keep exactly one file for " + dataset);
            }
            if (!hasCsv && !hasXlsx) {
                throw new IngestException("no file for " + dataset + " in " + inputDir + ": expected "
                        + csv.getName() + " or " + xlsx.getName());
            }
            Path p = hasCsv ? csv : xlsx;
            return new SourceFile(fs.makeQualified(p).toString(), p.getName(), hasCsv ? Format.CSV : Format.XLSX);
        } catch (IOException e) {
            throw new UncheckedIOException("looking for " + dataset + " in " + inputDir, e);
        }
    }
}

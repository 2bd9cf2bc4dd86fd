package cn.jgdj.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Looks for personal values (names, id numbers) in every file under a folder: the raw bytes of every file (in
 * UTF-8 and GB18030), and the decompressed string cells of every Parquet folder, read with Spark.
 */
public final class PiiScan {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private PiiScan() {
    }

    /** "relative/path: value" for each personal value found; empty when the folder is clean. */
    public static List<String> findings(SparkSession spark, Path root, Collection<String> personal) {
        List<String> found = new ArrayList<>();
        Set<Path> parquetFolders = new TreeSet<>();
        List<byte[][]> needles = new ArrayList<>();
        List<String> values = List.copyOf(personal);
        for (String v : values) {
            needles.add(new byte[][] {v.getBytes(StandardCharsets.UTF_8), v.getBytes(GB18030)});
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.getFileName().toString().endsWith(".parquet")) {
                    parquetFolders.add(f.getParent());
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 0; i < values.size(); i++) {
                    for (byte[] needle : needles.get(i)) {
                        if (indexOf(bytes, needle) >= 0) {
                            found.add(root.relativize(f) + ": " + values.get(i));
                            break;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path folder : parquetFolders) {
            Dataset<Row> df = spark.read().parquet(folder.toString());
            List<Integer> text = new ArrayList<>();
            StructField[] fields = df.schema().fields();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].dataType().equals(DataTypes.StringType)) {
                    text.add(i);
                }
            }
            if (text.isEmpty()) {
                continue;
            }
            for (Row r : df.collectAsList()) {
                for (int i : text) {
                    String cell = r.getString(i);
                    if (cell == null) {
                        continue;
                    }
                    for (String v : values) {
                        if (cell.contains(v)) {
                            found.add(root.relativize(folder) + " (" + fields[i].name() + "): " + v);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

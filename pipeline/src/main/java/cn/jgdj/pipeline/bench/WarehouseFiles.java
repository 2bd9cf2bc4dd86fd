package cn.jgdj.pipeline.bench;

import cn.jgdj.jobs.io.StagedJobIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Parquet files of a run's curated tables (OUT/warehouse), per table: how many, in how many partition folders,
 * the most in one folder, and their sizes. #12 asks for files between 64 MB and 1 GB at scale and no small-file
 * explosion from the year/month partitioning: a year or month is one file until it is big enough to be split.
 *
 * @param tables one entry per table folder, by name
 */
public record WarehouseFiles(List<Table> tables) {

    /**
     * @param folders       partition folders holding files (1 for a table that is not partitioned)
     * @param mostInAFolder the most files in one folder
     */
    public record Table(String name, int files, int folders, int mostInAFolder, long smallestBytes,
                        long largestBytes, long totalBytes) {
    }

    public WarehouseFiles {
        tables = List.copyOf(tables);
    }

    /** The warehouse under the output root {@code out}; no tables when there is none. */
    public static WarehouseFiles of(Path out) {
        Path warehouse = out.resolve("warehouse");
        List<Table> tables = new ArrayList<>();
        if (!Files.isDirectory(warehouse)) {
            return new WarehouseFiles(tables);
        }
        try (Stream<Path> dirs = Files.list(warehouse)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Table t = table(dir);
                if (t.files() > 0) {
                    tables.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + warehouse, e);
        }
        return new WarehouseFiles(tables);
    }

    private static Table table(Path dir) throws IOException {
        Map<Path, Integer> perFolder = new HashMap<>();
        long smallest = Long.MAX_VALUE;
        long largest = 0;
        long total = 0;
        int files = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
                long size = Files.size(f);
                files++;
                total += size;
                smallest = Math.min(smallest, size);
                largest = Math.max(largest, size);
                perFolder.merge(f.getParent(), 1, Integer::sum);
            }
        }
        int most = perFolder.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Table(dir.getFileName().toString(), files, perFolder.size(), most, files == 0 ? 0 : smallest,
                largest, total);
    }

    /** The printed table; empty when there are no files. */
    public String table() {
        if (tables.isEmpty()) {
            return "";
        }
        double mb = 1024.0 * 1024.0;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%n%-16s %6s %8s %9s %12s %11s %9s%n",
                "warehouse", "files", "folders", "most in", "smallest MB", "largest MB", "total MB"));
        for (Table t : tables) {
            b.append(String.format(Locale.ROOT, "%-16s %6d %8d %9d %12.2f %11.2f %9.1f%n", t.name(), t.files(),
                    t.folders(), t.mostInAFolder(), t.smallestBytes() / mb, t.largestBytes() / mb,
                    t.totalBytes() / mb));
        }
        b.append(String.format(Locale.ROOT, "folders: year (and month) partitions holding files; most in: the most "
                + "files in one of them.%nA year or month is one file until its shuffle passes "
                + "spark.sql.adaptive.advisoryPartitionSizeInBytes (then one file per writer task); no file holds "
                + "more than %,d rows.%n", StagedJobIO.WAREHOUSE_MAX_RECORDS_PER_FILE));
        return b.toString();
    }
}

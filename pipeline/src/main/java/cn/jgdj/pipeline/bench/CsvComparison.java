package cn.jgdj.pipeline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Whether a run's published CSVs (OUT/indicators and OUT/restricted, every {@code *.csv}) are byte for byte those
 * of a reference output: proof that a change to how the pipeline runs left every result as it was.
 *
 * @param compared  files present on both sides
 * @param different what differs, one line per file (the first differing line, or "missing"/"extra")
 */
public record CsvComparison(int compared, List<String> different) {
    static final List<String> FOLDERS = List.of("indicators", "restricted");

    public CsvComparison {
        different = List.copyOf(different);
    }

    public boolean identical() {
        return different.isEmpty();
    }

    /**
     * Compares {@code out} with {@code reference}: an output root, or a benchmark work folder holding one in
     * {@code out/}.
     */
    public static CsvComparison of(Path out, Path reference) {
        Path ref = Files.isDirectory(reference.resolve("indicators")) || !Files.isDirectory(reference.resolve("out"))
                ? reference : reference.resolve("out");
        if (!Files.isDirectory(ref.resolve("indicators"))) {
            throw new IllegalArgumentException("no indicators folder in the reference " + reference);
        }
        TreeSet<String> names = new TreeSet<>(csvFiles(out));
        names.addAll(csvFiles(ref));
        List<String> different = new ArrayList<>();
        int compared = 0;
        for (String name : names) {
            Path a = out.resolve(name);
            Path b = ref.resolve(name);
            if (!Files.exists(b)) {
                different.add(name + ": not in the reference");
            } else if (!Files.exists(a)) {
                different.add(name + ": missing (only in the reference)");
            } else {
                compared++;
                String d = firstDifference(a, b);
                if (d != null) {
                    different.add(name + ": " + d);
                }
            }
        }
        return new CsvComparison(compared, different);
    }

    /** The report's line(s). */
    public String summary(Path reference) {
        if (identical()) {
            return String.format("CSV check: all %d indicator CSVs identical to %s%n", compared, reference);
        }
        StringBuilder b = new StringBuilder(String.format("CSV check FAILED: %d of %d CSVs differ from %s%n",
                different.size(), compared, reference));
        different.forEach(d -> b.append("  ").append(d).append('\n'));
        return b.toString();
    }

    private static List<String> csvFiles(Path root) {
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".csv"))
                        .forEach(f -> names.add(root.relativize(f).toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("listing " + dir, e);
            }
        }
        return names;
    }

    private static String firstDifference(Path a, Path b) {
        try {
            List<String> x = Files.readAllLines(a);
            List<String> y = Files.readAllLines(b);
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                if (!x.get(i).equals(y.get(i))) {
                    boolean sameRows = new TreeSet<>(x).equals(new TreeSet<>(y)) && x.size() == y.size();
                    return "line " + (i + 1) + ": '" + x.get(i) + "' vs reference '" + y.get(i) + "'"
                            + (sameRows ? " (same rows, other order)" : "");
                }
            }
            return x.size() == y.size() ? null : x.size() + " lines vs " + y.size() + " in the reference";
        } catch (IOException e) {
            throw new UncheckedIOException("comparing " + a + " with " + b, e);
        }
    }
}

package cn.jgdj.pipeline.it;

import java.io.IOException;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The indicator CSVs of one output root (OUT/indicators/NAME.csv), as comparable values: per table the header and
 * the sorted rows, with columns that name a run (run id, as-of, creation time) dropped and decimals rounded to 12
 * significant digits, since a cluster adds the same doubles in another order than a local run.
 */
record IndicatorCsvs(Map<String, Table> tables) {
    private static final Set<String> RUN_COLUMNS = Set.of("run_id", "as_of", "generated_at", "created_at");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+([eE][-+]?\\d+)?|-?\\d+[eE][-+]?\\d+");

    /** One CSV: header and rows, rows sorted so the comparison ignores their order. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    static IndicatorCsvs read(Path outRoot) throws IOException {
        Map<String, Table> tables = new TreeMap<>();
        Path dir = outRoot.resolve("indicators");
        try (var files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                tables.put(csv.getFileName().toString(), table(csv));
            }
        }
        return new IndicatorCsvs(tables);
    }

    static Table table(Path csv) throws IOException {
        List<List<String>> records;
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = parse(r);
        }
        if (records.isEmpty()) {
            throw new IOException(csv + " has no header");
        }
        List<String> header = records.get(0);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!RUN_COLUMNS.contains(header.get(i))) {
                keep.add(i);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> rec : records.subList(1, records.size())) {
            if (rec.size() != header.size()) {
                throw new IOException(csv + ": a row has " + rec.size() + " fields, the header " + header.size()
                        + ": " + rec);
            }
            rows.add(keep.stream().map(i -> canonical(rec.get(i))).toList());
        }
        rows.sort((a, b) -> String.join("\u0001", a).compareTo(String.join("\u0001", b)));
        return new Table(keep.stream().map(header::get).toList(), rows);
    }

    static String canonical(String cell) {
        if (!DECIMAL.matcher(cell).matches()) {
            return cell;
        }
        BigDecimal d = new BigDecimal(cell).round(new MathContext(12)).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** RFC 4180 CSV as Spark writes it: fields in double quotes may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parse(BufferedReader in) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                out.add(row);
                row = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (any) {
            row.add(field.toString());
            out.add(row);
        }
        return out;
    }
}

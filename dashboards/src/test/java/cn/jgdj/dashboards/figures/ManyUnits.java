package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.IndicatorTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** A county-sized table set (n units, 5 branches each, a few suppressed) written to a temp folder. */
final class ManyUnits {
    private ManyUnits() {
    }

    static IndicatorTables tables(int units) {
        try {
            Path out = Files.createTempDirectory("many-units");
            // The tables read their files when first asked, so the folder goes when the test JVM ends.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(out)));
            Path dir = Files.createDirectories(out.resolve("indicators"));
            StringBuilder cov = new StringBuilder("period,dimension,group,eligible,reached,attained,reach_rate,"
                    + "attainment_rate,ci_low,ci_high,suppressed\n2025,all,all,10000,9000,7000,0.9,0.7,0.69,0.71,false\n");
            StringBuilder br = new StringBuilder("period,branch_id,unit_id,branch_general_meeting,"
                    + "branch_committee_meeting,group_meeting,party_lecture,theme_party_day,compliant\n");
            for (int u = 1; u <= units; u++) {
                int eligible = u % 17 == 0 ? 6 : 40 + u % 50;
                int attained = eligible * (30 + (u * 37) % 70) / 100;
                double rate = (double) attained / eligible;
                cov.append(String.format(Locale.ROOT, "2025,unit,U%03d,%d,%d,%d,%.4f,%.4f,%.4f,%.4f,%s%n", u, eligible,
                        eligible, attained, 1.0, rate, Math.max(0, rate - 0.1), Math.min(1, rate + 0.1),
                        eligible < 10));
                for (int q = 1; q <= 4; q++) {
                    for (int b = 1; b <= 5; b++) {
                        boolean ok = (u + b + q) % 3 != 0;
                        br.append(String.format(Locale.ROOT, "2025Q%d,B%03d%d,U%03d,1,3,3,1,3,%s%n", q, u, b, u, ok));
                    }
                }
            }
            Files.writeString(dir.resolve("coverage.csv"), cov);
            Files.writeString(dir.resolve("branch_compliance.csv"), br);
            return IndicatorTables.load(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder left behind
        }
    }
}

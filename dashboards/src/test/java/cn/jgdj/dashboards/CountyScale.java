package cn.jgdj.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The hand-written fixture copied into a folder and grown to county size where pages grow with the data: 120
 * units (some with long names) in coverage, branch compliance and under_served; every group of every dimension in
 * both platforms' monthly rows; training effects by unit type and role. Layout tests render packs from it.
 */
public final class CountyScale {
    public static final int UNITS = 120;
    /** Every group of every dimension a platform heat map or a by-group chart can show. */
    public static final List<String[]> GROUPS = List.of(
            new String[] {"age_band", "<=35"}, new String[] {"age_band", "36-45"}, new String[] {"age_band", "46-55"},
            new String[] {"age_band", ">=56"}, new String[] {"gender", "M"}, new String[] {"gender", "F"},
            new String[] {"education", "postgraduate"}, new String[] {"education", "bachelor"},
            new String[] {"education", "college"}, new String[] {"education", "secondary"},
            new String[] {"member_type", "full"}, new String[] {"member_type", "probationary"},
            new String[] {"role", "leader"}, new String[] {"role", "secretary"}, new String[] {"role", "party_affairs"},
            new String[] {"role", "ordinary"}, new String[] {"unit_type", "agency"},
            new String[] {"unit_type", "institution"}, new String[] {"unit_type", "mass_org"},
            new String[] {"unit_type", "enterprise"}, new String[] {"mobile", "true"}, new String[] {"mobile", "false"},
            new String[] {"mobility_impaired", "true"}, new String[] {"mobility_impaired", "false"});

    private CountyScale() {
    }

    /** Copies the fixture into {@code out} and appends the county-size rows. */
    public static Path write(Path out) {
        try {
            copy(Fixture.root(), out);
            Path dir = out.resolve("indicators");
            StringBuilder units = new StringBuilder();
            StringBuilder cov = new StringBuilder();
            StringBuilder br = new StringBuilder();
            StringBuilder us = new StringBuilder();
            for (int u = 10; u < 10 + UNITS; u++) {
                String id = "U" + u;
                units.append(id).append(',').append(u % 7 == 0 ? "县市场监督管理局综合行政执法大队第" + u + "党支部联合体"
                        : "县第" + u + "号单位").append(',').append(u % 2 == 0 ? "agency" : "institution").append('\n');
                int eligible = u % 17 == 0 ? 6 : 40 + u % 50;
                int attained = eligible * (30 + (u * 37) % 70) / 100;
                int reached = Math.max(attained, eligible - 1 - u % 9);
                double rate = (double) attained / eligible;
                cov.append(String.format(Locale.ROOT, "2025,unit,%s,%d,%d,%d,%.4f,%.4f,%.4f,%.4f,%s%n", id, eligible,
                        reached, attained, (double) reached / eligible, rate, Math.max(0, rate - 0.1),
                        Math.min(1, rate + 0.1), eligible < 10));
                us.append(String.format(Locale.ROOT, "2025,attainment,unit,%s,%d,%.4f,%d,0.72,%.2f,z,0.01,0.04,%s,%s%n",
                        id, eligible, rate, 2000 - eligible, (rate - 0.72) * 100, rate < 0.6 && eligible >= 10,
                        eligible < 10));
                for (int q = 1; q <= 4; q++) {
                    for (int b = 1; b <= 5; b++) {
                        boolean ok = (u + b + q) % 3 != 0;
                        br.append(String.format(Locale.ROOT, "2025Q%d,B%d%d,%s,1,%d,3,%d,3,%s%n", q, u, b, id,
                                ok ? 3 : 1, ok ? 1 : 0, ok));
                    }
                }
            }
            append(dir.resolve("units.csv"), units);
            append(dir.resolve("coverage.csv"), cov);
            append(dir.resolve("branch_compliance.csv"), br);
            append(dir.resolve("under_served.csv"), us);
            StringBuilder platform = new StringBuilder();
            for (String p : List.of("xuexi", "dengta")) {
                for (int m = 1; m <= 12; m++) {
                    for (String[] g : GROUPS) {
                        platform.append(String.format(Locale.ROOT, "2025-%02d,%s,%s,%s,100,%d,%.2f,30,false%n", m, p,
                                g[0], g[1], 40 + m * 3, (40 + m * 3) / 100.0));
                    }
                }
            }
            append(dir.resolve("platform_engagement.csv"), platform);
            StringBuilder venues = new StringBuilder();
            for (int v = 10; v < 40; v++) {
                boolean base = v % 3 == 0;
                venues.append(String.format(Locale.ROOT, "2025,V%d,%s,%s,%s,%d,%d,%s%n", v,
                        base ? "八路军第" + v + "师东进大队战斗遗址纪念馆" : "县第" + v + "号单位党员教育示范基地",
                        base ? "red_base" : "unit_site", base ? "" : "U" + v, v % 5, v % 4,
                        base ? "" : String.format(Locale.ROOT, "%.2f", (v % 4) / 4.0)));
            }
            append(dir.resolve("venue_use.csv"), venues);
            // A long unit name beside the data-quality heat map's six columns leaves each column little room.
            StringBuilder quality = new StringBuilder();
            for (String check : cn.jgdj.schemas.indicators.Indicators.DataQuality.CHECKS) {
                quality.append(String.format(Locale.ROOT, "2025Q1,U14,%s,3,100,0.03,0.02,true,true%n", check));
            }
            append(dir.resolve("data_quality.csv"), quality);
            StringBuilder effects = new StringBuilder();
            for (String program : List.of("rotation_training", "training_class", "onsite_teaching", "special_lecture")) {
                for (String outcome : List.of("platform_active_days", "meeting_attendance", "volunteer_participation")) {
                    for (String[] g : GROUPS) {
                        if (g[0].equals("unit_type") || g[0].equals("role")) {
                            effects.append(String.format(Locale.ROOT, "2025,%s,%s,%s,%s,overall,0.2,-0.1,0.5,40,200,"
                                    + "%s,false,499,20251130%n", program, outcome, g[0], g[1], g[1].equals("leader")));
                        }
                    }
                }
            }
            // The fixture's few by-group rows give way to every group of both dimensions.
            Path eff = dir.resolve("effectiveness.csv");
            List<String> kept = Files.readAllLines(eff).stream().filter(l -> !l.contains(",unit_type,")
                    && !l.contains(",role,")).toList();
            Files.writeString(eff, String.join("\n", kept) + "\n" + effects);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, CharSequence rows) throws IOException {
        Files.writeString(file, rows, StandardOpenOption.APPEND);
    }

    /** Copies a folder tree. */
    public static void copy(Path src, Path out) throws IOException {
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path target = out.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}

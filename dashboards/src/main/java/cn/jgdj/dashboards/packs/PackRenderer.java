package cn.jgdj.dashboards.packs;

import cn.jgdj.dashboards.charts.ChartTheme;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.data.IngestTotals;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.findings.PackRulesFile;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.RunFacts;
import cn.jgdj.dashboards.findings.Findings;
import cn.jgdj.dashboards.fonts.CjkFonts;
import cn.jgdj.dashboards.fonts.PackFont;
import cn.jgdj.dashboards.render.ChartDrawing;
import cn.jgdj.dashboards.render.PackThreads;
import cn.jgdj.dashboards.render.HtmlIndexWriter;
import cn.jgdj.dashboards.render.PackDocument;
import cn.jgdj.dashboards.render.PackDocument.Fact;
import cn.jgdj.dashboards.render.PdfPackWriter;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.OutputLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders review packs from the indicator tables: for each pack, OUT/reports/PERIOD/PACK/ with PACK.pdf,
 * index.html and charts/*.png and *.svg. Each pack is written into a temporary folder beside its final place
 * and renamed into place at the end, so a failed render never leaves half a pack.
 */
public final class PackRenderer {
    private PackRenderer() {
    }

    /** Renders the requested packs with the system's CJK font; returns every file written. */
    public static List<Path> render(PackRequest request) {
        return render(request, CjkFonts.system());
    }

    /** Renders with the given font lookup (tests inject one that finds nothing). */
    public static List<Path> render(PackRequest request, CjkFonts fonts) {
        Period period = Period.parse(request.period());
        List<PackDefinition> packs = choose(request, period);
        PackFont font = fonts.forLang(request.lang());
        IndicatorTables tables = IndicatorTables.load(request.outRoot());
        IngestTotals ingest = IngestTotals.load(request.outRoot());
        RunFacts run = RunFacts.load(request.outRoot(), request.runId());
        int minCellSize = request.minCellSize() != null ? request.minCellSize()
                : run.minCellSizeUsed().orElse(Labels.DEFAULT_MIN_CELL_SIZE);
        Labels labels = new Labels(request.lang(), tables.unitNames(), minCellSize);
        ChartTheme theme = new ChartTheme(font, labels);
        PackRulesFile.PackRules rules = PackRulesFile.load(run, period.year());
        PackContext ctx = new PackContext(tables, period, labels, theme, request.asOf(), request.runId(),
                rules.attention(), rules.credit());
        List<Path> written = new ArrayList<>();
        for (PackDefinition pack : packs) {
            PackDocument doc = document(pack, ctx, ingest, run);
            Path dir = Path.of(new OutputLayout(request.outRoot().toString()).report(period.toString(), pack.id()));
            written.addAll(writeAtomically(doc, dir, font));
        }
        return written;
    }

    /** The packs to render: the one asked for (checked against the period's kind), else all for the period. */
    static List<PackDefinition> choose(PackRequest request, Period period) {
        if (request.pack() != null && !request.pack().isBlank()) {
            PackDefinition p = Packs.byId(request.pack().strip());
            if (p.periodKind() != period.kind()) {
                throw new IllegalArgumentException("pack '" + p.id() + "' reviews a "
                        + p.periodKind().name().toLowerCase(Locale.ROOT) + " (e.g. "
                        + (p.periodKind() == Period.Kind.YEAR ? "2025" : "2025Q3") + "), not '" + period + "'");
            }
            return List.of(p);
        }
        List<PackDefinition> packs = Packs.forPeriod(period);
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("no pack reviews a month ('" + period
                    + "'): give a year (2025: committee, analyst) or a quarter (2025Q3: leadership)");
        }
        return packs;
    }

    /** Builds every page of a pack in memory, generated today. */
    public static PackDocument document(PackDefinition pack, PackContext ctx, IngestTotals ingest, RunFacts run) {
        return document(pack, ctx, ingest, run, LocalDate.now());
    }

    /** Builds the cover, the summary page, every chart, the definitions and the appendix tables of a pack. */
    public static PackDocument document(PackDefinition pack, PackContext ctx, IngestTotals ingest, RunFacts run,
                                        LocalDate generatedOn) {
        // Figures are built side by side (each reads the shared tables and makes its own chart objects).
        List<PackChart> charts = PackThreads.map(pack.figures(), f -> f.build(ctx)).stream()
                .flatMap(List::stream).toList();
        Labels l = ctx.labels();
        String title = pack.title().apply(l);
        String subtitle = l.period(ctx.period());
        List<Fact> cover = List.of(new Fact(l.t("评估期", "Period"), l.period(ctx.period())),
                new Fact(l.t("数据截至", "Data as of"), l.date(ctx.asOf())),
                new Fact(l.t("生成日期", "Generated on"), l.date(generatedOn)));
        List<TablePage> appendix = new ArrayList<>();
        for (Appendix a : pack.appendices()) {
            appendix.addAll(a.build(ctx));
        }
        appendix.add(runFacts(ctx, ingest, run, charts.size()));
        return new PackDocument(pack.id(), title, subtitle, l.lang(), cover, Findings.of(ctx), charts,
                pack.definitionsFor(l, ctx.credit()), l.t("指标定义与说明", "Definitions"), appendix);
    }

    /** The appendix page of run facts: run, sources, rows set aside, key and rules, privacy. */
    static TablePage runFacts(PackContext ctx, IngestTotals ingest, RunFacts run, int chartCount) {
        Labels l = ctx.labels();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(l.t("评估期", "Period"), periodWithCode(l, ctx.period())));
        facts.add(new Fact(l.t("数据截至", "Data as of"), ctx.asOf().toString()));
        facts.add(new Fact(l.t("运行编号", "Run id"), ctx.runId() == null || ctx.runId().isBlank() ? "—" : ctx.runId()));
        facts.add(new Fact(l.t("图表", "Charts"), l.t(chartCount + "页", chartCount + " pages")));
        List<String> missing = ctx.tables().missingFiles();
        facts.add(new Fact(l.t("缺少的指标表", "Missing indicator tables"),
                missing.isEmpty() ? l.t("无", "none") : String.join(", ", missing)));
        if (ingest.present()) {
            String detail = ingest.quarantined().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> l.dataset(e.getKey()) + " " + e.getValue())
                    .collect(Collectors.joining(l.t("，", ", ")));
            facts.add(new Fact(l.t("未纳入计算的原始数据行", "Raw rows set aside"), l.t("共 " + ingest.totalQuarantined() + " 行",
                    ingest.totalQuarantined() + " in all") + (detail.isEmpty() ? "" : l.t("（", " (") + detail + l.t("）", ")"))));
            if (ingest.totalSuperseded() > 0) {
                facts.add(new Fact(l.t("被取代的考勤行", "Attendance rows superseded"), l.t("共 " + ingest.totalSuperseded()
                        + " 行（同一活动同一党员以补学等更高状态为准）", ingest.totalSuperseded()
                        + " (a stronger row of the same member and event stands, e.g. a make-up after an absence)")));
            }
        } else {
            facts.add(new Fact(l.t("未纳入计算的原始数据行", "Raw rows set aside"),
                    l.t("未找到 quality/ingest_report.json", "quality/ingest_report.json not found")));
        }
        facts.addAll(runFacts(l, run));
        facts.add(new Fact(l.t("隐私", "Privacy"), l.t("不足" + l.minCellSize() + "人的群体已抑制；不对党员个人排名；"
                + "平台数据仅为群体汇总", "groups under " + l.minCellSize() + " members suppressed; no member is "
                + "ranked; platform data only in aggregate")));
        return new TablePage(l.t("附录：运行信息", "Appendix: run facts"), null,
                List.of(l.t("项目", "Item"), l.t("内容", "Value")),
                facts.stream().map(f -> List.of(f.label(), f.value())).toList());
    }

    /**
     * The period in words followed by its code as given to {@code pipeline report --period}, the code only where
     * the words do not already read as it: "2025年第4季度 (2025Q4)", but "2025" and "2025 Q4", never "2025 (2025)".
     */
    static String periodWithCode(Labels l, Period p) {
        String words = l.period(p);
        String code = p.toString();
        return words.replace(" ", "").equals(code) ? words : words + " (" + code + ")";
    }

    /** Where the data came from and how ids were hashed, from the run record when there is one. */
    private static List<Fact> runFacts(Labels l, RunFacts run) {
        List<Fact> facts = new ArrayList<>();
        if (!run.present()) {
            return facts;
        }
        if (run.started() != null) {
            facts.add(new Fact(l.t("运行开始", "Run started"), run.started()));
        }
        if (run.input() != null) {
            facts.add(new Fact(l.t("原始数据", "Raw data"), run.input()));
        }
        if (run.memberKey() != null) {
            facts.add(new Fact(l.t("党员编号密钥", "Member-id key"), run.demoKey()
                    ? l.t("内置演示密钥（公开，只可用于演示数据）", "built-in demo key (public: demo data only)")
                    : l.t("运维方密钥", "operator's key")));
        }
        if (run.rules() != null) {
            facts.add(new Fact(l.t("学时规则", "Credit-hour rules"),
                    run.builtInRules() ? l.t("系统内置规则", "built-in rules") : run.rules()));
        }
        return facts;
    }

    private static List<Path> writeAtomically(PackDocument doc, Path dir, PackFont font) {
        Path parent = dir.getParent();
        Path tmp;
        try {
            Files.createDirectories(parent);
            // Not createTempDirectory: its owner-only permissions would stay on the published pack.
            tmp = Files.createDirectory(parent.resolve("." + dir.getFileName() + ".tmp-"
                    + java.util.UUID.randomUUID().toString().substring(0, 8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder under " + parent, e);
        }
        List<String> relative;
        try {
            relative = write(doc, tmp, font);
            swapIn(tmp, dir);
        } catch (RuntimeException | Error e) {
            deleteTree(tmp);
            throw e;
        }
        return relative.stream().map(dir::resolve).toList();
    }

    /**
     * Writes the pack's files into a folder; returns their paths relative to it. The charts' PNG and SVG files and
     * the HTML page are drawn on a small pool while this thread writes the PDF, each chart's page once that chart's
     * files are done.
     */
    private static List<String> write(PackDocument doc, Path folder, PackFont font) {
        Path charts = folder.resolve("charts");
        try {
            Files.createDirectories(charts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + charts, e);
        }
        String pdf = doc.packId() + ".pdf";
        List<String> files = new ArrayList<>(List.of(pdf, "index.html"));
        try (ChartDrawing drawing = new ChartDrawing()) {
            drawing.alsoRun(() -> HtmlIndexWriter.write(doc, pdf, folder.resolve("index.html"), font));
            drawing.start(doc.charts(), charts).forEach(f -> files.add("charts/" + f));
            new PdfPackWriter(font).write(doc, folder.resolve(pdf), drawing::awaitChart);
            drawing.awaitAll();
        }
        return files;
    }

    /** Replaces dir by tmp with renames only: the old pack moves aside, the new one takes its name. */
    private static void swapIn(Path tmp, Path dir) {
        try {
            Path old = null;
            if (Files.exists(dir)) {
                old = dir.resolveSibling("." + dir.getFileName() + ".old-" + System.nanoTime());
                move(dir, old);
            }
            move(tmp, dir);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the pack into " + dir, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}

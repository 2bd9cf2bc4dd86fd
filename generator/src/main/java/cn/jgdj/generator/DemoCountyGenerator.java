package cn.jgdj.generator;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.Venues;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the raw exports of a realistic demo county (units, branches, venues, members, events, attendance,
 * platform usage, volunteer logs) plus {@code truth.json}, the planted facts to check the pipeline against:
 * deliberately under-served member groups, and a small counted share of dirty rows of every quarantine reason.
 * Files mix encodings, header languages, code words and date formats as real exports do. Output is
 * byte-for-byte deterministic for a configuration and streams, so 100,000 members fit in a small heap.
 */
public final class DemoCountyGenerator {
    /** GB18030: what Chinese office software exports as "ANSI" CSV. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private DemoCountyGenerator() {
    }

    public static GenerationSummary generate(GeneratorConfig config) throws IOException {
        Path out = config.out();
        Files.createDirectories(out);
        removeOtherFormats(out);
        County county = County.build(config);
        CountyPeople pop = CountyPeople.build(config, county);
        UnderServedPlan plan = UnderServedPlan.plan(county, pop.membersPerUnit(county));
        Engagement eng = Engagement.draw(config, county, pop, plan);
        TrainingEffect effect = new TrainingEffect(pop.persons, config.firstYear(), config.years());
        DirtTally tally = new DirtTally();
        SecondEditionShapes shapes = new SecondEditionShapes(config);
        Map<String, Long> rows = new LinkedHashMap<>();

        try (CsvSink s = csv(out, Units.DEF, StandardCharsets.UTF_8, false, false)) {
            StructureFiles.writeUnits(config, county, s, tally);
            rows.put(fileName(s), s.rows());
        }
        try (CsvSink s = csv(out, Branches.DEF, StandardCharsets.UTF_8, false, false)) {
            StructureFiles.writeBranches(config, county, s, tally);
            rows.put(fileName(s), s.rows());
        }
        XlsxSink venues = new XlsxSink(out.resolve(Venues.NAME + ".xlsx"), Venues.NAME, chineseHeader(Venues.DEF));
        StructureFiles.writeVenues(config, county, venues, tally);
        venues.close();
        rows.put(Venues.NAME + ".xlsx", venues.rows());
        try (CsvSink s = csv(out, Members.DEF, GB18030, false, true)) {
            MembersFile.write(config, county, pop, s, tally, shapes);
            rows.put(fileName(s), s.rows());
        }
        String warnings;
        try (CsvSink ev = csv(out, Events.DEF, GB18030, false, true);
             CsvSink at = csv(out, Attendance.DEF, StandardCharsets.UTF_8, true, true)) {
            EventsAndAttendance writer = new EventsAndAttendance(config, county, pop, eng, ev, at, tally,
                    EventsAndAttendance.expectedEvents(config, county),
                    EventsAndAttendance.expectedAttendance(config), shapes);
            writer.trainingEffect = effect;
            writer.write();
            warnings = writer.warnings.truthJson();
            rows.put(fileName(ev), ev.rows());
            rows.put(fileName(at), at.rows());
        }
        try (CsvSink s = csv(out, PlatformUsage.DEF, StandardCharsets.UTF_8, false, false)) {
            PlatformUsageFile.write(config, pop, eng, effect, s, tally);
            rows.put(fileName(s), s.rows());
        }
        try (CsvSink s = csv(out, VolunteerLogs.DEF, StandardCharsets.UTF_8, false, false)) {
            VolunteerLogsFile.write(config, county, pop, eng, s, tally);
            rows.put(fileName(s), s.rows());
        }
        GenerationSummary summary = new GenerationSummary(out, java.util.Collections.unmodifiableMap(rows),
                tally.totals(), tally.byFile(), tally.exactDuplicates(), tally.exactDuplicatesByFile(), plan.groups);
        TruthJson.write(out.resolve(TruthJson.FILE), config, summary, shapes.counts(), effect, warnings);
        return summary;
    }

    private static CsvSink csv(Path out, DatasetDef def, Charset charset, boolean bom, boolean chinese)
            throws IOException {
        List<String> header = chinese ? chineseHeader(def)
                : def.rawColumns().stream().map(RawColumn::name).toList();
        return CsvSink.open(out.resolve(def.name() + ".csv"), charset, bom, header);
    }

    /** The first Chinese alias of each raw column, as a Chinese export would head it. */
    static List<String> chineseHeader(DatasetDef def) {
        return def.rawColumns().stream().map(c -> c.aliases().get(0)).toList();
    }

    private static String fileName(CsvSink s) {
        return s.path().getFileName().toString();
    }

    /** Ingest reads DATASET.csv or DATASET.xlsx: a stale file in the other format from an earlier run would clash. */
    private static void removeOtherFormats(Path out) throws IOException {
        for (String name : List.of(Units.NAME, Branches.NAME, Members.NAME, Events.NAME, Attendance.NAME,
                PlatformUsage.NAME, VolunteerLogs.NAME)) {
            Files.deleteIfExists(out.resolve(name + ".xlsx"));
        }
        Files.deleteIfExists(out.resolve(Venues.NAME + ".csv"));
    }
}

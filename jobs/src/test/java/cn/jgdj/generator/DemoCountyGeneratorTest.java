package cn.jgdj.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Branches;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.Venues;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small county (300 members, 2 years): reproducibility, file formats, truth.json against an independent recount. */
class DemoCountyGeneratorTest {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path root;
    static GeneratorConfig config;
    static GenerationSummary summary;
    static RawCountyCheck check;

    @BeforeAll
    static void generate() throws IOException {
        config = new GeneratorConfig(root.resolve("a"), 300, 2, 2025, GeneratorConfig.DEFAULT_SEED);
        summary = DemoCountyGenerator.generate(config);
        check = RawCountyCheck.of(config.out(), AS_OF);
    }

    @Test
    void defaultsAreTheDocumentedCounty() {
        GeneratorConfig d = GeneratorConfig.defaults(Path.of("x"));
        assertEquals(10_000, d.members());
        assertEquals(5, d.years());
        assertEquals(2025, d.lastYear());
        assertEquals(20251L, d.seed());
        assertEquals(2021, d.firstYear());
        assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(Path.of("x"), 10, 5, 2025, 1));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorConfig(Path.of("x"), 300, 0, 2025, 1));
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
        Path again = root.resolve("again");
        DemoCountyGenerator.generate(config.withOut(again));
        List<String> files = fileNames(config.out());
        assertEquals(files, fileNames(again));
        assertEquals(9, files.size(), files.toString());
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(config.out().resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        Path other = root.resolve("other");
        DemoCountyGenerator.generate(config.withOut(other).withSeed(99));
        for (String f : List.of("members.csv", "events.csv", "attendance.csv", "platform_usage.csv")) {
            assertFalse(java.util.Arrays.equals(Files.readAllBytes(config.out().resolve(f)),
                    Files.readAllBytes(other.resolve(f))), f + " should differ for another seed");
        }
    }

    @Test
    void filesHaveThePlannedEncodingsAndHeaders() throws IOException {
        Path out = config.out();
        // GB18030 with Chinese headers: decodes strictly, and is not UTF-8.
        for (DatasetDef def : List.of(Members.DEF, Events.DEF)) {
            Path f = out.resolve(def.name() + ".csv");
            String text = RawFiles.decode(f, GB18030);
            assertEquals(chineseHeader(def), RawFiles.csv(text).get(0), def.name());
            assertFalse(isUtf8(Files.readAllBytes(f)), def.name() + " must be GB18030, not UTF-8");
            assertFalse(hasBom(f), def.name());
        }
        Path attendance = out.resolve("attendance.csv");
        assertTrue(hasBom(attendance), "attendance.csv starts with a UTF-8 byte-order mark");
        assertEquals(chineseHeader(Attendance.DEF),
                RawFiles.csv(RawFiles.decode(attendance, StandardCharsets.UTF_8)).get(0));
        for (DatasetDef def : List.of(Units.DEF, Branches.DEF, PlatformUsage.DEF, VolunteerLogs.DEF)) {
            Path f = out.resolve(def.name() + ".csv");
            assertFalse(hasBom(f), def.name());
            assertEquals(def.rawColumns().stream().map(RawColumn::name).toList(),
                    RawFiles.csv(RawFiles.decode(f, StandardCharsets.UTF_8)).get(0), def.name());
        }
        List<List<String>> venues = RawFiles.xlsx(out.resolve("venues.xlsx"));
        assertEquals(chineseHeader(Venues.DEF), venues.get(0));
        assertTrue(venues.stream().skip(1).anyMatch(r -> r.get(2).isEmpty() && r.get(3).equals("红色教育基地")),
                "red bases have no owner");
        assertTrue(venues.stream().skip(1).anyMatch(r -> !r.get(2).isEmpty() && r.get(3).equals("单位现场教学点")),
                "unit sites have an owner");
        for (Map.Entry<String, Long> e : summary.rowsPerFile().entrySet()) {
            String dataset = e.getKey().substring(0, e.getKey().indexOf('.'));
            assertEquals(e.getValue().longValue(), RawCountyCheck.read(out, dataset).size() - 1L, e.getKey());
        }
    }

    @Test
    void messyButNormalisableValuesAppear() throws IOException {
        String members = RawFiles.decode(config.out().resolve("members.csv"), GB18030);
        String attendance = RawFiles.decode(config.out().resolve("attendance.csv"), StandardCharsets.UTF_8);
        assertTrue(members.contains("男") && members.contains("女") && members.contains("正式党员")
                && members.contains("预备党员") && members.contains("是") && members.contains("否"));
        assertTrue(members.matches("(?s).*\\d{4}年\\d{1,2}月\\d{1,2}日.*"), "Chinese dates");
        assertTrue(members.matches("(?s).*,\\d{4}/\\d{1,2}/\\d{1,2},.*"), "slash dates");
        assertTrue(members.matches("(?s).*,[1-5]\\d{4},.*"), "Excel serial dates");
        assertTrue(members.contains("Ｍ"), "full-width ids");
        for (String word : List.of("出席", "请假", "缺席", "补学", "列席")) {
            assertTrue(attendance.contains("," + word + ","), word);
        }
        // Ids in the 18-digit national layout under the unused area code 990.
        assertTrue(members.matches("(?s).*,990\\d{14}[0-9X],.*"));
    }

    @Test
    void truthJsonEqualsAnIndependentRecountOfThePlantedRows() throws IOException {
        assertEquals(List.of(), check.rowsWithSeveralProblems, "each planted row has exactly one problem");
        JsonNode truth = new ObjectMapper().readTree(config.out().resolve("truth.json").toFile());
        assertEquals(config.seed(), truth.get("seed").asLong());
        assertEquals(300, truth.get("members").asInt());
        assertEquals("[2024,2025]", truth.get("years").toString());
        Map<String, Integer> recounted = new TreeMap<>();
        for (DatasetDef def : Datasets.ALL) {
            Map<String, Integer> expected = new TreeMap<>();
            JsonNode byDataset = truth.get("dirty_rows_by_dataset").get(def.name());
            if (byDataset != null) {
                byDataset.fields().forEachRemaining(e -> {
                    if (e.getValue().asInt() > 0) {
                        expected.put(e.getKey(), e.getValue().asInt());
                    }
                });
            }
            Map<String, Integer> actual = new TreeMap<>();
            check.reasons.get(def.name()).forEach((c, n) -> actual.put(c.name(), n));
            assertEquals(expected, actual, def.name());
            actual.forEach((c, n) -> recounted.merge(c, n, Integer::sum));
            JsonNode dups = truth.get("exact_duplicates_by_dataset").get(def.name());
            assertEquals(dups == null ? 0 : dups.asInt(), check.exactDuplicates.get(def.name()), def.name());
        }
        Map<String, Integer> totals = new TreeMap<>();
        truth.get("dirty_rows").fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                totals.put(e.getKey(), e.getValue().asInt());
            }
        });
        assertEquals(totals, recounted);
        assertEquals(ReasonCode.values().length, truth.get("dirty_rows").size(), "every reason listed");
        assertEquals(check.exactDuplicates.values().stream().mapToInt(Integer::intValue).sum(),
                truth.get("exact_duplicates").asInt());
        assertTrue(truth.get("exact_duplicates").asInt() > 0);
        // Cruder still: every planted future date is in 2099, and no clean row mentions 2099.
        long lines2099 = 0;
        for (String f : List.of("members.csv", "events.csv", "platform_usage.csv", "volunteer_logs.csv")) {
            Charset cs = f.startsWith("members") || f.startsWith("events") ? GB18030 : StandardCharsets.UTF_8;
            lines2099 += RawFiles.decode(config.out().resolve(f), cs).lines().filter(l -> l.contains("2099-"))
                    .count();
        }
        assertEquals(totals.getOrDefault("FUTURE_DATE", 0).longValue(), lines2099);
    }

    @Test
    void plantedRowsStayWellUnderOnePercentOfEachFile() {
        for (DatasetDef def : Datasets.ALL) {
            int dirty = check.reasons.get(def.name()).values().stream().mapToInt(Integer::intValue).sum();
            long rows = summary.rowsPerFile().entrySet().stream().filter(e -> e.getKey().startsWith(def.name() + "."))
                    .mapToLong(Map.Entry::getValue).sum();
            assertTrue(dirty <= rows * 0.01, def.name() + ": " + dirty + " of " + rows);
        }
        assertTrue(summary.totalDirtyRows() > 0);
    }

    @Test
    void truthNamesDimensionsGroupsAndOutcomesOfTheSchemas() throws IOException {
        JsonNode truth = new ObjectMapper().readTree(config.out().resolve("truth.json").toFile());
        Set<String> unitIds = new HashSet<>();
        check.clean.get(Units.NAME).forEach(u -> unitIds.add(u.get(Units.UNIT_ID)));
        Set<String> dimensions = new HashSet<>();
        for (JsonNode g : truth.get("under_served")) {
            String dim = g.get("dimension").asText();
            String group = g.get("group").asText();
            dimensions.add(dim);
            assertTrue(Dimensions.ORDER.contains(dim), dim);
            switch (dim) {
                case Dimensions.UNIT -> assertTrue(unitIds.contains(group), group);
                case Dimensions.AGE_BAND -> assertTrue(Dimensions.AGE_BANDS.contains(group), group);
                default -> assertTrue(group.equals("true") || group.equals("false"), group);
            }
            assertTrue(g.get("indicators").size() > 0);
            g.get("indicators").forEach(i -> assertTrue(UnderServed.OUTCOMES.contains(i.asText()), i.asText()));
            assertFalse(g.get("effect").asText().isBlank());
        }
        assertEquals(Set.of(Dimensions.AGE_BAND, Dimensions.MOBILE, Dimensions.MOBILITY_IMPAIRED, Dimensions.UNIT),
                dimensions);
    }

    @Test
    void validityRowsOfRealMembersChainWithoutOverlap() {
        Map<String, List<Map<String, String>>> byMember = new HashMap<>();
        check.clean.get(Members.NAME).forEach(m -> byMember.computeIfAbsent(m.get(Members.MEMBER_ID),
                k -> new ArrayList<>()).add(m));
        int transfers = 0;
        int promotions = 0;
        int touches = 0;
        for (List<Map<String, String>> rows : byMember.values()) {
            rows.sort((a, b) -> a.get(Members.VALID_FROM).compareTo(b.get(Members.VALID_FROM)));
            for (int i = 1; i < rows.size(); i++) {
                Map<String, String> prev = rows.get(i - 1);
                Map<String, String> next = rows.get(i);
                boolean touch = next.get(Members.VALID_FROM).equals(prev.get(Members.VALID_TO));
                touches += touch ? 1 : 0;
                assertEquals(touch ? next.get(Members.VALID_FROM)
                        : LocalDate.parse(next.get(Members.VALID_FROM)).minusDays(1).toString(),
                        prev.get(Members.VALID_TO), "the old row ends the day before the new one or on it: " + rows);
                transfers += prev.get(Members.BRANCH_ID).equals(next.get(Members.BRANCH_ID)) ? 0 : 1;
                promotions += Codes.PROBATIONARY.equals(prev.get(Members.MEMBER_TYPE))
                        && Codes.FULL.equals(next.get(Members.MEMBER_TYPE)) ? 1 : 0;
            }
        }
        assertEquals(secondEdition("handover_touches"), touches, "handover touches");
        assertTrue(transfers > 0, "some members move branch");
        assertTrue(promotions > 0, "some probationary members become full members");
        long exempt = check.clean.get(Members.NAME).stream().filter(m -> "true".equals(m.get(Members.EXEMPT))).count();
        assertTrue(exempt > 0);
        assertEquals(check.reasons.get(Members.NAME).getOrDefault(ReasonCode.OVERLAPPING_VALIDITY, 0),
                summary.dirtyRowsPerDataset().getOrDefault(Members.NAME, Map.of())
                        .getOrDefault(ReasonCode.OVERLAPPING_VALIDITY, 0));
    }

    @Test
    void secondEditionShapesAreInTheFilesInTheCountsOfTruthJson() throws IOException {
        assertTrue(secondEdition("handover_touches") > 0 && secondEdition("planned_future_ends") > 0
                && secondEdition("absence_makeup_pairs") > 0, truth().get("second_edition").toString());
        long plannedEnds = check.clean.get(Members.NAME).stream().filter(m -> m.get(Members.VALID_TO) != null
                && LocalDate.parse(m.get(Members.VALID_TO)).isAfter(AS_OF)).count();
        assertEquals(secondEdition("planned_future_ends"), plannedEnds, "planned ends after the as-of day, kept");
        assertEquals(secondEdition("absence_makeup_pairs"), check.superseded.get(Attendance.NAME).intValue(),
                "absences superseded by their make-up");
        long unitWide = check.clean.get(Events.NAME).stream()
                .filter(e -> Codes.AUDIENCE_UNIT.equals(e.get(Events.AUDIENCE)) && e.get(Events.BRANCH_ID) == null
                        && Set.of(Codes.PARTY_LECTURE, Codes.THEME_PARTY_DAY).contains(e.get(Events.EVENT_TYPE)))
                .count();
        assertEquals(secondEdition("unit_wide_events"), unitWide, "unit-wide lectures and theme days");
        long inProgress = check.clean.get(Events.NAME).stream()
                .filter(e -> !LocalDateTime.parse(e.get(Events.START_TIME)).toLocalDate().isAfter(AS_OF)
                        && LocalDateTime.parse(e.get(Events.END_TIME)).toLocalDate().isAfter(AS_OF)).count();
        assertEquals(secondEdition("events_in_progress"), inProgress, "events in progress on the as-of day");
        assertEquals(secondEdition("invalid_events"), check.unplaceableEvents, "events without a place");
        assertEquals(secondEdition("invalid_event_attendance"), check.attendanceOfQuarantinedEvents,
                "attendance of the event without a place");
        assertEquals(0, check.rowsOfQuarantinedMembers);
    }

    private static JsonNode truth() throws IOException {
        return new ObjectMapper().readTree(config.out().resolve("truth.json").toFile());
    }

    private static int secondEdition(String name) {
        try {
            return truth().get("second_edition").get(name).asInt();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void mostButNotAllBranchQuartersMeetTheCadence() {
        Map<String, int[]> counts = new HashMap<>();
        for (Map<String, String> e : check.clean.get(Events.NAME)) {
            String type = e.get(Events.EVENT_TYPE);
            int ti = Codes.CADENCE_TYPES.indexOf(type);
            if (ti < 0 || e.get(Events.BRANCH_ID) == null) {
                continue;
            }
            LocalDateTime start = LocalDateTime.parse(e.get(Events.START_TIME));
            // Per branch, year and month: one count per cadence type.
            counts.computeIfAbsent(e.get(Events.BRANCH_ID) + "|" + start.getYear() + "|" + start.getMonthValue(),
                    k -> new int[Codes.CADENCE_TYPES.size()])[ti]++;
        }
        int compliant = 0;
        int quarters = 0;
        for (Map<String, String> b : check.clean.get(Branches.NAME)) {
            for (int year = 2024; year <= 2025; year++) {
                for (int q = 0; q < 4; q++) {
                    boolean ok = true;
                    int[] quarter = new int[Codes.CADENCE_TYPES.size()];
                    for (int m = q * 3 + 1; m <= q * 3 + 3; m++) {
                        int[] c = counts.getOrDefault(b.get(Branches.BRANCH_ID) + "|" + year + "|" + m,
                                new int[Codes.CADENCE_TYPES.size()]);
                        for (String t : Codes.MONTHLY_CADENCE_TYPES) {
                            ok &= c[Codes.CADENCE_TYPES.indexOf(t)] > 0;
                        }
                        for (int i = 0; i < c.length; i++) {
                            quarter[i] += c[i];
                        }
                    }
                    for (String t : Codes.QUARTERLY_CADENCE_TYPES) {
                        ok &= quarter[Codes.CADENCE_TYPES.indexOf(t)] > 0;
                    }
                    quarters++;
                    compliant += ok ? 1 : 0;
                }
            }
        }
        double share = (double) compliant / quarters;
        assertTrue(share > 0.6 && share < 1.0, "compliant share " + share);
    }

    @Test
    void studyGroupsAreObservedAtManyButNotAllUnits() {
        Map<String, String> organizer = new HashMap<>();
        Set<String> withStudyGroup = new HashSet<>();
        for (Map<String, String> e : check.clean.get(Events.NAME)) {
            if (Codes.THEORY_STUDY_GROUP.equals(e.get(Events.EVENT_TYPE))
                    && e.get(Events.START_TIME).startsWith("2025")) {
                organizer.put(e.get(Events.EVENT_ID), e.get(Events.ORGANIZER_UNIT_ID));
                withStudyGroup.add(e.get(Events.ORGANIZER_UNIT_ID));
            }
        }
        Set<String> observed = new HashSet<>();
        for (Map<String, String> a : check.clean.get(Attendance.NAME)) {
            if (Codes.OBSERVER.equals(a.get(Attendance.STATUS)) && organizer.containsKey(a.get(Attendance.EVENT_ID))) {
                observed.add(organizer.get(a.get(Attendance.EVENT_ID)));
            }
        }
        assertEquals(check.clean.get(Units.NAME).size(), withStudyGroup.size(), "every unit has a study group");
        assertTrue(!observed.isEmpty() && observed.size() < withStudyGroup.size(),
                observed.size() + " of " + withStudyGroup.size());
    }

    private static List<String> chineseHeader(DatasetDef def) {
        return def.rawColumns().stream().map(c -> c.aliases().get(0)).toList();
    }

    private static boolean hasBom(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

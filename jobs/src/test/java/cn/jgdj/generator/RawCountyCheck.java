package cn.jgdj.generator;

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
import cn.jgdj.schemas.quality.ReasonCode;
import cn.jgdj.schemas.raw.DatasetDef;
import cn.jgdj.schemas.raw.RawColumn;
import cn.jgdj.schemas.raw.ValueType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent, test-side check of a generated folder, written from the domain rules rather than from the
 * generator: finds every problem of every raw row (all of them, not just the first), collapses exact
 * duplicates, sets aside conflicting keys and overlapping validity, and keeps the clean rows normalised
 * (ids half-width, codes as identifiers, dates ISO) for computing outcomes.
 */
final class RawCountyCheck {
    final Map<String, Map<ReasonCode, Integer>> reasons = new LinkedHashMap<>();
    final Map<String, Integer> exactDuplicates = new LinkedHashMap<>();
    final Map<String, List<Map<String, String>>> clean = new LinkedHashMap<>();
    /** Rows with two or more problems: the generator promises none. */
    final List<String> rowsWithSeveralProblems = new ArrayList<>();
    /** Weaker attendance rows of a key whose stronger row stands (second edition precedence). */
    final Map<String, Integer> superseded = new LinkedHashMap<>();
    /** Events with audience branch but no branch_id (quarantined as MISSING_VALUE). */
    int unplaceableEvents;
    /** Attendance rows whose event is in the events file but not clean. */
    int attendanceOfQuarantinedEvents;
    /** Rows kept although every row of their member is set aside (the member is in the members file). */
    int rowsOfQuarantinedMembers;
    /** The day of the run: only facts after it are future. */
    private final LocalDate asOf;
    private final Map<String, Set<String>> cleanIds = new LinkedHashMap<>();
    /** Ids every row of a file names, clean or not (the known-member rule). */
    private final Map<String, Set<String>> namedIds = new LinkedHashMap<>();

    private RawCountyCheck(LocalDate asOf) {
        this.asOf = asOf;
    }

    static RawCountyCheck of(Path dir, LocalDate asOf) throws IOException {
        RawCountyCheck c = new RawCountyCheck(asOf);
        for (DatasetDef def : Datasets.ALL) {
            c.check(dir, def);
        }
        return c;
    }

    static List<List<String>> read(Path dir, String dataset) throws IOException {
        Path csv = dir.resolve(dataset + ".csv");
        if (Files.exists(csv)) {
            byte[] head = Files.readAllBytes(csv);
            boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            Charset cs = bom || isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
            return RawFiles.csv(RawFiles.decode(csv, cs));
        }
        return RawFiles.xlsx(dir.resolve(dataset + ".xlsx"));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private void check(Path dir, DatasetDef def) throws IOException {
        List<List<String>> rows = read(dir, def.name());
        List<RawColumn> cols = new ArrayList<>();
        for (String h : rows.get(0)) {
            cols.add(def.columnForHeader(h).orElseThrow(() -> new AssertionError(def.name() + ": header " + h)));
        }
        EnumMap<ReasonCode, Integer> count = new EnumMap<>(ReasonCode.class);
        List<Map<String, String>> passed = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> raw = rows.get(i);
            EnumSet<ReasonCode> problems = EnumSet.noneOf(ReasonCode.class);
            Map<String, String> values = new LinkedHashMap<>();
            if (raw.size() != cols.size()) {
                problems.add(ReasonCode.MALFORMED_ROW);
            } else {
                for (int k = 0; k < cols.size(); k++) {
                    cellProblems(cols.get(k), raw.get(k), values, problems);
                }
                String named = values.get(def.key().get(0));
                if (named != null) {
                    namedIds.computeIfAbsent(def.name(), k -> new HashSet<>()).add(named);
                }
                rowProblems(def.name(), values, problems);
                if (problems.isEmpty()) {
                    referenceProblems(def.name(), values, problems);
                }
            }
            if (problems.size() > 1) {
                rowsWithSeveralProblems.add(def.name() + " row " + i + " " + problems + ": " + raw);
            }
            if (problems.isEmpty()) {
                passed.add(values);
            } else {
                count.merge(problems.iterator().next(), 1, Integer::sum);
            }
        }
        List<Map<String, String>> kept = collapseKeys(def, passed, count);
        if (def.name().equals(Members.NAME)) {
            kept = dropOverlaps(kept, count);
        }
        reasons.put(def.name(), count);
        clean.put(def.name(), kept);
        Set<String> ids = new HashSet<>();
        String idColumn = def.key().get(0);
        kept.forEach(v -> ids.add(v.get(idColumn)));
        cleanIds.put(def.name(), ids);
    }

    private void cellProblems(RawColumn c, String raw, Map<String, String> values, Set<ReasonCode> problems) {
        String v = raw.strip();
        if (v.isEmpty()) {
            if (c.required()) {
                problems.add(ReasonCode.MISSING_VALUE);
            }
            values.put(c.name(), c.type() == ValueType.BOOLEAN ? "false" : null);
            return;
        }
        switch (c.type()) {
            case ID -> values.put(c.name(), RawFiles.id(v));
            case TEXT -> values.put(c.name(), v);
            case DATE -> {
                LocalDate d = RawFiles.date(v);
                if (d == null) {
                    problems.add(ReasonCode.BAD_DATE);
                } else {
                    values.put(c.name(), d.toString());
                    if (d.isAfter(asOf) && !c.name().equals(Members.VALID_TO)) {
                        problems.add(ReasonCode.FUTURE_DATE);
                    }
                }
            }
            case DATETIME -> {
                LocalDateTime t = RawFiles.dateTime(v);
                if (t == null) {
                    problems.add(ReasonCode.BAD_DATE);
                } else {
                    values.put(c.name(), t.toString());
                    if (t.toLocalDate().isAfter(asOf) && !c.name().equals(Events.END_TIME)) {
                        problems.add(ReasonCode.FUTURE_DATE);
                    }
                }
            }
            case DECIMAL, INTEGER -> {
                Double n = RawFiles.number(v);
                if (n == null || (c.type() == ValueType.INTEGER && n != Math.rint(n))) {
                    problems.add(ReasonCode.BAD_NUMBER);
                } else {
                    values.put(c.name(), v);
                    if (n < 0) {
                        problems.add(ReasonCode.NEGATIVE_VALUE);
                    }
                }
            }
            case BOOLEAN -> Codes.BOOLEAN.lookup(v).ifPresentOrElse(x -> values.put(c.name(), x),
                    () -> problems.add(ReasonCode.UNKNOWN_CODE));
            case CODE -> c.codes().lookup(v).ifPresentOrElse(x -> values.put(c.name(), x),
                    () -> problems.add(ReasonCode.UNKNOWN_CODE));
            default -> throw new IllegalStateException(c.type().toString());
        }
    }

    private void rowProblems(String dataset, Map<String, String> v, Set<ReasonCode> problems) {
        switch (dataset) {
            case Events.NAME -> {
                if (Codes.AUDIENCE_BRANCH.equals(v.get(Events.AUDIENCE)) && v.get(Events.BRANCH_ID) == null
                        && problems.isEmpty()) {
                    problems.add(ReasonCode.MISSING_VALUE);
                    unplaceableEvents++;
                }
                LocalDateTime start = parse(v.get(Events.START_TIME));
                LocalDateTime end = parse(v.get(Events.END_TIME));
                if (start != null && end != null) {
                    if (end.isBefore(start)) {
                        problems.add(ReasonCode.END_BEFORE_START);
                    }
                    long days = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()) + 1;
                    if (over(v.get(Events.CREDIT_HOURS), 24.0 * Math.max(1, days))) {
                        problems.add(ReasonCode.ABSURD_HOURS);
                    }
                }
            }
            case Members.NAME -> {
                String from = v.get(Members.VALID_FROM);
                String to = v.get(Members.VALID_TO);
                if (from != null && to != null && LocalDate.parse(to).isBefore(LocalDate.parse(from))) {
                    problems.add(ReasonCode.END_BEFORE_START);
                }
            }
            case Attendance.NAME -> {
                if (over(v.get(Attendance.CREDIT_HOURS), 24)) {
                    problems.add(ReasonCode.ABSURD_HOURS);
                }
            }
            case PlatformUsage.NAME -> {
                if (over(v.get(PlatformUsage.MINUTES), 1440)) {
                    problems.add(ReasonCode.ABSURD_HOURS);
                }
            }
            case VolunteerLogs.NAME -> {
                if (over(v.get(VolunteerLogs.HOURS), 24)) {
                    problems.add(ReasonCode.ABSURD_HOURS);
                }
            }
            default -> {
            }
        }
    }

    private static LocalDateTime parse(String iso) {
        return iso == null ? null : LocalDateTime.parse(iso);
    }

    private static boolean over(String number, double limit) {
        return number != null && Double.parseDouble(number) > limit;
    }

    private void referenceProblems(String dataset, Map<String, String> v, Set<ReasonCode> problems) {
        switch (dataset) {
            case Branches.NAME -> ref(Units.NAME, v.get(Branches.UNIT_ID), ReasonCode.UNKNOWN_REFERENCE, problems);
            case Venues.NAME -> ref(Units.NAME, v.get(Venues.OWNER_UNIT_ID), ReasonCode.UNKNOWN_REFERENCE, problems);
            case Members.NAME -> ref(Branches.NAME, v.get(Members.BRANCH_ID), ReasonCode.UNKNOWN_REFERENCE,
                    problems);
            case Events.NAME -> {
                ref(Units.NAME, v.get(Events.ORGANIZER_UNIT_ID), ReasonCode.UNKNOWN_REFERENCE, problems);
                ref(Branches.NAME, v.get(Events.BRANCH_ID), ReasonCode.UNKNOWN_REFERENCE, problems);
                ref(Venues.NAME, v.get(Events.VENUE_ID), ReasonCode.UNKNOWN_REFERENCE, problems);
            }
            case Attendance.NAME -> {
                String event = v.get(Attendance.EVENT_ID);
                if (!cleanIds.get(Events.NAME).contains(event)
                        && namedIds.getOrDefault(Events.NAME, Set.of()).contains(event)) {
                    attendanceOfQuarantinedEvents++;
                }
                ref(Events.NAME, event, ReasonCode.UNKNOWN_EVENT, problems);
                member(v.get(Attendance.MEMBER_ID), problems);
            }
            case PlatformUsage.NAME -> member(v.get(PlatformUsage.MEMBER_ID), problems);
            case VolunteerLogs.NAME -> {
                member(v.get(VolunteerLogs.MEMBER_ID), problems);
                ref(Units.NAME, v.get(VolunteerLogs.ORGANIZER_UNIT_ID), ReasonCode.UNKNOWN_REFERENCE, problems);
            }
            default -> {
            }
        }
    }

    /** A member id is known when the members file names it, even if every row of it is set aside. */
    private void member(String id, Set<ReasonCode> problems) {
        if (!namedIds.getOrDefault(Members.NAME, Set.of()).contains(id)) {
            problems.add(ReasonCode.UNKNOWN_MEMBER);
        } else if (problems.isEmpty() && !cleanIds.get(Members.NAME).contains(id)) {
            rowsOfQuarantinedMembers++;
        }
    }

    private void ref(String dataset, String id, ReasonCode code, Set<ReasonCode> problems) {
        if (id != null && !cleanIds.get(dataset).contains(id)) {
            problems.add(code);
        }
    }

    /** Equal rows collapse to one; rows sharing a key with different values are all set aside. */
    private List<Map<String, String>> collapseKeys(DatasetDef def, List<Map<String, String>> rows,
                                                   Map<ReasonCode, Integer> count) {
        Map<List<String>, List<Map<String, String>>> byKey = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            List<String> key = def.key().stream().map(r::get).toList();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Map<String, String>> kept = new ArrayList<>();
        int duplicates = 0;
        int weaker = 0;
        for (List<Map<String, String>> all : byKey.values()) {
            List<Map<String, String>> same = all;
            if (def.name().equals(Attendance.NAME)) {
                // Precedence makeup > present > excused > absent > observer: the strongest rows stand.
                int top = all.stream().mapToInt(RawCountyCheck::strength).max().orElseThrow();
                same = all.stream().filter(r -> strength(r) == top).toList();
                weaker += all.size() - same.size();
            }
            if (same.size() == 1) {
                kept.add(same.get(0));
            } else if (same.stream().distinct().count() == 1) {
                kept.add(same.get(0));
                duplicates += same.size() - 1;
            } else {
                count.merge(ReasonCode.DUPLICATE_CONFLICT, same.size(), Integer::sum);
            }
        }
        exactDuplicates.put(def.name(), duplicates);
        superseded.put(def.name(), weaker);
        return kept;
    }

    private static int strength(Map<String, String> attendance) {
        return List.of(Codes.OBSERVER, Codes.ABSENT, Codes.EXCUSED, Codes.PRESENT, Codes.MAKEUP)
                .indexOf(attendance.get(Attendance.STATUS));
    }

    /** Member rows whose validity overlaps another row of the same member are all set aside. */
    private static List<Map<String, String>> dropOverlaps(List<Map<String, String>> rows,
                                                          Map<ReasonCode, Integer> count) {
        Map<String, List<Map<String, String>>> byMember = new LinkedHashMap<>();
        rows.forEach(r -> byMember.computeIfAbsent(r.get(Members.MEMBER_ID), k -> new ArrayList<>()).add(r));
        List<Map<String, String>> kept = new ArrayList<>();
        for (List<Map<String, String>> mine : byMember.values()) {
            boolean[] bad = new boolean[mine.size()];
            for (int i = 0; i < mine.size(); i++) {
                for (int j = i + 1; j < mine.size(); j++) {
                    if (overlap(mine.get(i), mine.get(j))) {
                        bad[i] = true;
                        bad[j] = true;
                    }
                }
            }
            for (int i = 0; i < mine.size(); i++) {
                if (bad[i]) {
                    count.merge(ReasonCode.OVERLAPPING_VALIDITY, 1, Integer::sum);
                } else {
                    kept.add(mine.get(i));
                }
            }
        }
        return kept;
    }

    /** Two rows share days other than a handover day (the earlier row ending on the day the later one starts). */
    static boolean overlap(Map<String, String> a, Map<String, String> b) {
        LocalDate af = LocalDate.parse(a.get(Members.VALID_FROM));
        LocalDate bf = LocalDate.parse(b.get(Members.VALID_FROM));
        LocalDate at = a.get(Members.VALID_TO) == null ? LocalDate.MAX : LocalDate.parse(a.get(Members.VALID_TO));
        LocalDate bt = b.get(Members.VALID_TO) == null ? LocalDate.MAX : LocalDate.parse(b.get(Members.VALID_TO));
        return af.isBefore(bf) ? at.isAfter(bf) : bt.isAfter(af);
    }
}

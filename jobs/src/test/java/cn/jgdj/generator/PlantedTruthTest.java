package cn.jgdj.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planted truth holds in the files: on a county of 2,000 members, outcomes recomputed from the raw rows
 * by the domain rules flag every planted group and indicator in every year, and almost nothing else.
 */
class PlantedTruthTest {
    @TempDir
    static Path dir;
    static GenerationSummary summary;
    static RawCountyCheck check;

    @BeforeAll
    static void generate() throws IOException {
        summary = DemoCountyGenerator.generate(new GeneratorConfig(dir, 2000, 2, 2025, 7L));
        check = RawCountyCheck.of(dir, LocalDate.of(2025, 12, 31));
    }

    @Test
    void plantedGroupsAreFlaggedEveryYearAndFewOthersAre() {
        Set<String> planted = summary.underServed().stream()
                .flatMap(g -> g.indicators().stream().map(i -> i + "|" + g.dimension() + "|" + g.group()))
                .collect(Collectors.toSet());
        assertEquals(3 + 3, summary.underServed().size(), "age, mobile, impaired and three units");
        assertTrue(planted.size() >= 15, planted.toString());
        for (int year = 2024; year <= 2025; year++) {
            List<CountyOutcomes.MemberYear> members = CountyOutcomes.memberYears(check, year);
            List<CountyOutcomes.Test> tests = CountyOutcomes.underServedTests(members);
            Set<String> flagged = tests.stream().filter(CountyOutcomes.Test::flagged)
                    .map(t -> t.indicator() + "|" + t.dimension() + "|" + t.group()).collect(Collectors.toSet());
            for (CountyOutcomes.Test t : tests) {
                String k = t.indicator() + "|" + t.dimension() + "|" + t.group();
                if (t.flagged() != planted.contains(k)) {
                    System.out.printf("%d %-24s %-18s %-14s n=%4d rate=%.3f rest=%.3f gap=%6.1f q=%.2g %s%s%n", year,
                            t.indicator(), t.dimension(), t.group(), t.members(), t.rate(), t.restRate(), t.gapPp(),
                            t.q(), t.flagged() ? "FLAGGED" : "", planted.contains(k) ? " planted" : "");
                }
            }
            for (String k : planted) {
                assertTrue(flagged.contains(k), year + ": planted " + k + " not flagged");
            }
            // About 190 tests a year at a 5 % false discovery rate: a chance flag or two among the rest is expected.
            Set<String> extra = flagged.stream().filter(k -> !planted.contains(k)).collect(Collectors.toSet());
            assertTrue(extra.size() <= 2, year + ": unplanted groups flagged: " + extra);
            double rate = (double) members.stream().filter(CountyOutcomes.MemberYear::attained).count()
                    / members.size();
            assertTrue(rate > 0.7 && rate < 0.9, "most but not all members attain: " + rate);
        }
    }
}

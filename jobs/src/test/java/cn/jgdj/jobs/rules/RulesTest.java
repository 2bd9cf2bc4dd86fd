package cn.jgdj.jobs.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesTest {

    private static final String FIRST_VERSION = """
              - from: 2019
                requirement_hours: 32
                secretary_requirement_hours: 56
                exempt_excluded: true
                prorate_by_month: true
                daily_credit_cap_hours: 8
                platform_minutes_count: false
                platform_minutes_per_credit_hour: 45
                platform_annual_cap_hours: 10
            """;

    @Test
    void defaultsAreTheDomainRules() {
        Rules r = Rules.defaults();
        assertEquals(10, r.minCellSize());
        assertEquals(1, r.versions().size());
        RuleSet v = r.rulesFor(2025);
        assertEquals(new RuleSet(2000, 32, 56, true, true, 8.0, false, 45.0, 10.0), v);
    }

    @Test
    void laterVersionsChangeOnlyWhatTheyNameFromTheirYearOn(@TempDir Path dir) throws Exception {
        Path f = write(dir, "min_cell_size: 5\nversions:\n" + FIRST_VERSION + """
                  - from: 2024
                    requirement_hours: 40
                    platform_minutes_count: true
                """);
        Rules r = Rules.load(f.toString());
        assertEquals(5, r.minCellSize());
        assertEquals(32, r.rulesFor(2019).requirementHours());
        assertEquals(32, r.rulesFor(2023).requirementHours());
        assertEquals(new RuleSet(2024, 40, 56, true, true, 8.0, true, 45.0, 10.0), r.rulesFor(2024));
        assertEquals(40, r.rulesFor(2031).requirementHours());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.rulesFor(2018));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("2018")
                && e.getMessage().contains("2019"), e.getMessage());
    }

    @Test
    void theUnitsNeedingAttentionSectionIsCheckedWhenTheRulesFileIsRead(@TempDir Path dir) throws Exception {
        // The packs apply the section; a typo or a value out of range must still fail the run at its start.
        Rules.load(write(dir, "min_cell_size: 5\nunits_needing_attention:\n  focus_max_units: 5\nversions:\n"
                + FIRST_VERSION).toString());
        Path typo = write(dir, "min_cell_size: 5\nunits_needing_attention:\n  focus_max_unit: 5\nversions:\n"
                + FIRST_VERSION);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.load(typo.toString()));
        assertTrue(e.getMessage().contains("units_needing_attention.focus_max_unit"), e.getMessage());
        Path share = write(dir, "min_cell_size: 5\nunits_needing_attention:\n  focus_branch_share: 2\nversions:\n"
                + FIRST_VERSION);
        e = assertThrows(IllegalArgumentException.class, () -> Rules.load(share.toString()));
        assertTrue(e.getMessage().contains("units_needing_attention.focus_branch_share '2'"), e.getMessage());
    }

    @Test
    void secretaryWindowAndQualityThresholdsDefaultAndCanBeSet(@TempDir Path dir) throws Exception {
        assertEquals(6, Rules.defaults().secretaryTrainingWindowMonths());
        assertEquals(0.05, Rules.defaults().dataQualityThresholds().get("set_aside"));
        Path f = write(dir, "min_cell_size: 5\nsecretary_training_window_months: 3\n"
                + "data_quality_thresholds:\n  assumed_roster: 0.1\nversions:\n" + FIRST_VERSION);
        Rules r = Rules.load(f.toString());
        assertEquals(3, r.secretaryTrainingWindowMonths());
        assertEquals(0.1, r.dataQualityThresholds().get("assumed_roster"));
        assertEquals(0.05, r.dataQualityThresholds().get("set_aside"));
        assertError(dir, "min_cell_size: 5\ndata_quality_thresholds:\n  roster: 0.1\nversions:\n" + FIRST_VERSION,
                "unknown key 'data_quality_thresholds.roster'");
        assertError(dir, "min_cell_size: 5\ndata_quality_thresholds:\n  set_aside: 2\nversions:\n" + FIRST_VERSION,
                "must be a share between 0 and 1");
    }

    @Test
    void jsonIsAcceptedToo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rules.json");
        Files.writeString(f, """
                {"min_cell_size": 10, "versions": [{"from": 2000, "requirement_hours": 30,
                 "secretary_requirement_hours": 50, "exempt_excluded": false, "prorate_by_month": false,
                 "daily_credit_cap_hours": 7.5, "platform_minutes_count": false,
                 "platform_minutes_per_credit_hour": 60, "platform_annual_cap_hours": 0}]}
                """);
        assertEquals(new RuleSet(2000, 30, 50, false, false, 7.5, false, 60.0, 0.0),
                Rules.load(f.toString()).rulesFor(2025));
    }

    @Test
    void errorsNameTheFileTheKeyAndTheValue(@TempDir Path dir) throws Exception {
        assertError(dir, "min_cell_size: 10\nversions:\n" + FIRST_VERSION.replace("requirement_hours: 32",
                "requirement_hours: thirty"), "versions[0].requirement_hours 'thirty' must be a whole number >= 0");
        assertError(dir, "min_cell_size: 10\nversions:\n" + FIRST_VERSION.replace("exempt_excluded: true",
                "exempt_excluded: maybe"), "versions[0].exempt_excluded 'maybe' must be true or false");
        assertError(dir, "min_cell_size: 10\nversions:\n" + FIRST_VERSION + "    daily_cap: 8\n",
                "unknown key 'versions[0].daily_cap'");
        assertError(dir, "min_cell_size: 0\nversions:\n" + FIRST_VERSION, "min_cell_size '0' must be a whole number >= 1");
        assertError(dir, "min_cell_size: 10\nversions:\n" + FIRST_VERSION.replace("daily_credit_cap_hours: 8",
                "daily_credit_cap_hours: -1"), "versions[0].daily_credit_cap_hours '-1' must be a number > 0");
        assertError(dir, "min_cell_size: 10\nversions:\n" + FIRST_VERSION.replace(
                "    platform_annual_cap_hours: 10\n", ""), "versions[0].platform_annual_cap_hours is missing");
        assertError(dir, "min_cell_size: 10\nversions:\n" + FIRST_VERSION + "  - from: 2019\n    requirement_hours: 1\n",
                "versions[1].from '2019' repeats");
        assertError(dir, "min_cell_size: 10\nversions:\n" + FIRST_VERSION + "  - from: 2010\n    requirement_hours: 1\n",
                "versions[1].from '2010' must be later");
        assertError(dir, "versions:\n" + FIRST_VERSION, "min_cell_size is missing");
        assertError(dir, "min_cell_size: [10\n", "is not valid YAML");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Rules.load(dir.resolve("absent.yaml").toString()));
        assertTrue(e.getMessage().contains("absent.yaml cannot be read"), e.getMessage());
    }

    private static void assertError(Path dir, String text, String expected) throws Exception {
        Path f = write(dir, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rules.load(f.toString()));
        assertTrue(e.getMessage().startsWith("rules file " + f), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Path write(Path dir, String text) throws Exception {
        Path f = dir.resolve("rules.yaml");
        Files.writeString(f, text);
        return f;
    }
}

package cn.jgdj.dashboards.packs;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IndicatorFileException;
import cn.jgdj.dashboards.data.RunFacts;
import cn.jgdj.dashboards.figures.AttainmentOverview;
import cn.jgdj.dashboards.findings.PackRulesFile;
import cn.jgdj.dashboards.page.Definition;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Lang;
import cn.jgdj.schemas.RequirementHours;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packs quote the 学时 requirements of the run's rules file, not the built-in 32 / 56. */
class RequirementHoursTextTest {
    /** A county that raised the requirements in 2024 and the members' one again in 2026. */
    private static final String RULES = """
            min_cell_size: 10
            versions:
              - from: 2000
                requirement_hours: 32
                secretary_requirement_hours: 56
              - from: 2024
                requirement_hours: 40
                secretary_requirement_hours: 60
              - from: 2026
                requirement_hours: 48
            """;

    private static String credit(PackContext ctx) {
        Definition d = Packs.COMMITTEE_REVIEW.definitionsFor(ctx.labels(), ctx.credit()).stream()
                .filter(x -> x.term().equals(ctx.t("学时与达标", "Credit hours and attainment"))).findFirst()
                .orElseThrow();
        return d.meaning();
    }

    @Test
    void definitionsAndAttainmentChartQuoteTheContextsRequirements() {
        PackContext zh = Fixture.context("2025").withRequirements(new RequirementHours(40, 60));
        assertTrue(credit(zh).contains("全年学时不少于要求（党员40学时，党组织书记·支委60学时）"), credit(zh));
        assertFalse(credit(zh).contains("32") || credit(zh).contains("56"), credit(zh));
        String caption = new AttainmentOverview().build(zh).get(0).description();
        assertTrue(caption.contains("（一般40学时，书记·支委60学时）"), caption);

        PackContext en = Fixture.context(Fixture.tables(), "2025", Lang.EN).withRequirements(new RequirementHours(40, 60));
        assertTrue(credit(en).contains("at least the annual requirement (40 hours; secretaries and branch committee "
                + "members 60)"), credit(en));
        assertTrue(new AttainmentOverview().build(en).get(0).description()
                .contains("requirement (40 credit hours, secretaries 60)"));
    }

    @Test
    void theDefaultContextQuotesTheBuiltInRequirements() {
        PackContext ctx = Fixture.context("2025");
        assertEquals(RequirementHours.DEFAULT, ctx.requirements());
        assertTrue(credit(ctx).contains("（党员32学时，党组织书记·支委56学时）"), credit(ctx));
        assertTrue(new AttainmentOverview().build(ctx).get(0).description().contains("（一般32学时，书记·支委56学时）"));
    }

    @Test
    void theRequirementsOfThePeriodsYearComeFromTheRulesFile() throws Exception {
        String builtIn = Files.readString(Path.of("..", "jobs", "src", "main", "resources", "rules",
                "default-rules.yaml"));
        assertEquals(new RequirementHours(32, 56), PackRulesFile.requirements(builtIn, "default-rules.yaml", 2025));
        assertEquals(new RequirementHours(32, 56), PackRulesFile.requirements(RULES, "r.yaml", 2023));
        assertEquals(new RequirementHours(40, 60), PackRulesFile.requirements(RULES, "r.yaml", 2025));
        // A later version gives only what changes: the secretaries' 60 carries over.
        assertEquals(new RequirementHours(48, 60), PackRulesFile.requirements(RULES, "r.yaml", 2026));
        IndicatorFileException early = assertThrows(IndicatorFileException.class,
                () -> PackRulesFile.requirements(RULES.replace("from: 2000", "from: 2020"), "r.yaml", 2019));
        assertEquals("rules file r.yaml: no version gives the requirement hours of 2019 (requirement_hours, "
                + "secretary_requirement_hours)", early.getMessage());
        IndicatorFileException bad = assertThrows(IndicatorFileException.class,
                () -> PackRulesFile.requirements(RULES.replace("40", "40.5"), "r.yaml", 2025));
        assertEquals("rules file r.yaml: versions[1].requirement_hours '40.5' must be a whole number of hours",
                bad.getMessage());
    }

    @Test
    void theRunsRulesFileIsTheOneQuoted(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("county-rules.yaml");
        Files.writeString(rules, RULES, StandardCharsets.UTF_8);
        RunFacts run = new RunFacts("R1", true, "2026-01-05T08:00:00Z", "/data", "operator key", rules.toString(), 10);
        assertEquals(new RequirementHours(40, 60), PackRulesFile.requirements(run, 2025));
        RunFacts builtIn = new RunFacts("R1", true, "2026-01-05T08:00:00Z", "/data", "operator key", "built-in", 10);
        assertEquals(RequirementHours.DEFAULT, PackRulesFile.requirements(builtIn, 2025));
    }
}

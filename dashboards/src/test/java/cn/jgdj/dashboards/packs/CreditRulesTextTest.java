package cn.jgdj.dashboards.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IndicatorFileException;
import cn.jgdj.dashboards.figures.SecretaryTraining;
import cn.jgdj.dashboards.findings.PackRulesFile;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Lang;
import cn.jgdj.schemas.CreditRules;
import cn.jgdj.schemas.RequirementHours;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The definitions and captions quote every 学时 rule of the run's rules file, not the built-in values. */
class CreditRulesTextTest {
    /** A county with a 6-hour day cap, credited platform minutes from 2025, no exemption, no pro-rating. */
    private static final String RULES = """
            min_cell_size: 10
            secretary_training_window_months: 3
            versions:
              - from: 2000
                requirement_hours: 32
                secretary_requirement_hours: 56
                exempt_excluded: false
                prorate_by_month: false
                daily_credit_cap_hours: 6
                platform_minutes_count: false
                platform_minutes_per_credit_hour: 45
                platform_annual_cap_hours: 10
              - from: 2025
                platform_minutes_count: true
                platform_minutes_per_credit_hour: 30
                platform_annual_cap_hours: 12.5
            """;

    private static String term(PackContext ctx, String zh, String en) {
        return Packs.COMMITTEE_REVIEW.definitionsFor(ctx.labels(), ctx.credit()).stream()
                .filter(d -> d.term().equals(ctx.t(zh, en))).findFirst().orElseThrow().meaning();
    }

    @Test
    void theYearsRulesComeFromTheFileWithLaterVersionsCarryingTheRestOver() {
        assertEquals(new CreditRules(new RequirementHours(32, 56), false, false, 6, false, 45, 10, 3),
                PackRulesFile.credit(RULES, "r.yaml", 2024));
        assertEquals(new CreditRules(new RequirementHours(32, 56), false, false, 6, true, 30, 12.5, 3),
                PackRulesFile.credit(RULES, "r.yaml", 2025));
    }

    @Test
    void theBuiltInRulesFileGivesTheDefaults() throws Exception {
        String builtIn = Files.readString(Path.of("..", "jobs", "src", "main", "resources", "rules",
                "default-rules.yaml"));
        assertEquals(CreditRules.DEFAULT, PackRulesFile.credit(builtIn, "default-rules.yaml", 2025));
    }

    @Test
    void aValueOfTheWrongKindNamesTheFileAndKey() {
        IndicatorFileException e = assertThrows(IndicatorFileException.class,
                () -> PackRulesFile.credit(RULES.replace("daily_credit_cap_hours: 6", "daily_credit_cap_hours: x"),
                        "r.yaml", 2025));
        assertEquals("rules file r.yaml: versions[0].daily_credit_cap_hours 'x' must be a number of zero or more",
                e.getMessage());
    }

    @Test
    void definitionsQuoteTheFilesRules() {
        CreditRules rules = PackRulesFile.credit(RULES, "r.yaml", 2025);
        PackContext zh = Fixture.context("2025").withCredit(rules);
        String credit = term(zh, "学时与达标", "Credit hours and attainment");
        assertTrue(credit.contains("（每天最多6学时）"), credit);
        assertTrue(credit.contains("学习平台学习时长每30分钟计1学时（每天最多6学时，每年最多12.5学时）。"), credit);
        assertFalse(credit.contains("8学时"), credit);
        String eligible = term(zh, "应训党员", "Eligible member");
        assertTrue(eligible.contains("正式党员和预备党员（含年老体弱党员）；期内只部分时间在册的，也按全年要求计。"), eligible);

        PackContext en = Fixture.context(Fixture.tables(), "2025", Lang.EN).withCredit(rules);
        String creditEn = term(en, "学时与达标", "Credit hours and attainment");
        assertTrue(creditEn.contains("(at most 6 a day)"), creditEn);
        assertTrue(creditEn.contains("Platform minutes earn one hour per 30 minutes (at most 6 a day and 12.5 a year)."),
                creditEn);
        assertTrue(term(en, "应训党员", "Eligible member").contains("carry the full-year requirement"));
    }

    @Test
    void theBuiltInRulesReadAsBefore() {
        PackContext zh = Fixture.context("2025");
        assertEquals(CreditRules.DEFAULT, zh.credit());
        String credit = term(zh, "学时与达标", "Credit hours and attainment");
        assertTrue(credit.contains("再次按活动时长取整到半小时（每天最多8学时）；列席、请假、缺席不计。学时达标："), credit);
        assertEquals("期内任一天有效的正式党员和预备党员，不含按规定免于学时要求的年老体弱党员；期内只部分时间在册的，"
                + "年度要求按在册月数折算（向上取整到整学时）。每人每期只计一次，所属单位、职务等取期内最后一条记录。",
                term(zh, "应训党员", "Eligible member"));
    }

    @Test
    void secretaryTrainingQuotesTheWindow() {
        CreditRules rules = PackRulesFile.credit(RULES, "r.yaml", 2025);
        String zh = new SecretaryTraining().build(Fixture.context("2025").withCredit(rules)).get(0).description();
        assertTrue(zh.contains("应在规定期限内（3个月）参训"), zh);
        String en = new SecretaryTraining().build(Fixture.context(Fixture.tables(), "2025", Lang.EN)
                .withCredit(rules)).get(0).description();
        assertTrue(en.contains("within the set window (3 months)"), en);
    }
}

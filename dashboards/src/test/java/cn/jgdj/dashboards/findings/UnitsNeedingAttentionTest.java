package cn.jgdj.dashboards.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.IndicatorFileException;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Lang;
import cn.jgdj.schemas.AttentionRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Severity ranking and the 重点关注 list on five units whose answer was worked out by hand.
 * <pre>
 * county attainment 70 %; 9 branches × 4 quarters, B11 and B21 short in every quarter: cadence 28/36 = 77.8 %
 * U1  attainment 50 % (20 points under)  B11 of B11, B12 short every quarter: cadence 4/8 = 50 % (27.8 under)
 *     → attainment_below, branch_every_quarter, compliance_below; 2 areas; 1/2 branches ≥ 0.5: two focus rules
 * U2  attainment 68 % (2 under)           B21 of 4 branches short every quarter: 12/16 = 75 % (2.8 under)
 *     → branch_every_quarter only; 1/4 branches &lt; 0.5: not focus
 * U3  attainment 40 %, flagged in under_served → attainment_flagged: focus
 * U4  data-quality check over threshold in all four quarters → data_quality: focus (every quarter)
 * U5  study group held 3 times, never observed; data quality over threshold in Q2 only → 2 areas: focus
 * Order: U1 (2 rules); U3 (attainment flagged), U5 (2 areas), U4 (1 area); then U2.
 * </pre>
 */
class UnitsNeedingAttentionTest {

    @Test
    void unitsAreRankedBySeverityAndTheWorstAreFocusUnitsWithTheirRule(@TempDir Path out) throws Exception {
        PackContext ctx = context(out);
        List<UnitAttention> units = UnitsNeedingAttention.of(ctx, Texts.of(Lang.ZH));
        assertEquals(List.of("U1", "U3", "U5", "U4", "U2"), units.stream().map(UnitAttention::unitId).toList());
        assertEquals(List.of("在学时达标、“三会一课”2个方面同时低于要求", "1/2个支部每个季度均未落实“三会一课”制度"),
                units.get(0).focus());
        assertEquals(List.of("学时达标率50.0%，低于全县70.0%", "1个支部四个季度均未落实“三会一课”制度",
                "“三会一课”制度落实率50.0%，低于全县77.8%"),
                units.get(0).reasons().stream().map(UnitAttention.Reason::text).toList());
        assertEquals(List.of("学时达标率经检验显著低于其余单位"), units.get(1).focus());
        assertEquals(List.of("在列席旁听、数据质量2个方面同时低于要求"), units.get(2).focus());
        assertEquals(List.of("每个季度数据均需复核"), units.get(3).focus());
        assertEquals(List.of(), units.get(4).focus());
        assertEquals(List.of(2, 1, 2, 1, 1), units.stream().map(UnitAttention::areas).toList());

        Summary s = Findings.of(ctx);
        assertEquals(List.of("共5个单位需要关注，其中4个列为重点关注（见下表，建议措施见第五部分）；完整名单、原因和建议措施见附表。",
                "列为重点关注的标准：学时达标率经检验显著低于其余单位；在学时达标、“三会一课”、列席旁听、数据质量中有2个及以上方面"
                        + "同时低于要求；50%及以上的支部每个季度均未落实“三会一课”制度；每个季度数据均需复核。"),
                s.sections().get(3).sentences());
        assertEquals(List.of("单位", "列为重点关注的依据", "需关注的原因"), s.units().header());
        assertEquals(List.of("U1", "U3", "U5", "U4"), s.units().rows().stream().map(r -> r.get(0)).toList());
        // The appendix lists all five, focus units first; the unit below on one count only shows a dash.
        var appendix = UnitsNeedingAttentionTable.whenSummaryIsShort().build(ctx).get(0);
        assertEquals(List.of("U1", "U3", "U5", "U4", "U2"), appendix.rows().stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("U2", "—", "1个支部四个季度均未落实“三会一课”制度", "开展督导检查，指导支部规范落实“三会一课”制度"),
                appendix.rows().get(4));
    }

    @Test
    void theRulesFileSetsTheThresholdsAndTheLengthOfTheSummaryList(@TempDir Path out) throws Exception {
        // At most 3 on the summary: the table shows the three worst of the four focus units.
        PackContext three = context(out).withAttention(new AttentionRules(10, 2, 0.5, 3));
        Summary s = Findings.of(three);
        assertEquals("共5个单位需要关注，其中4个列为重点关注，下表列出问题最突出的3个；完整名单、原因和建议措施见附表。",
                s.sections().get(3).sentences().get(0));
        assertEquals(List.of("U1", "U3", "U5"), s.units().rows().stream().map(r -> r.get(0)).toList());
        // One point under the county is enough: U2 (2 and 2.8 points under) now has two areas and is a focus unit.
        PackContext strict = context(out).withAttention(new AttentionRules(1, 2, 0.5, 8));
        List<UnitAttention> units = UnitsNeedingAttention.of(strict, Texts.of(Lang.ZH));
        UnitAttention u2 = units.stream().filter(u -> u.unitId().equals("U2")).findFirst().orElseThrow();
        assertEquals(List.of("在学时达标、“三会一课”2个方面同时低于要求"), u2.focus());
        // Three areas are needed: U5 drops out, U1 stays on its branch share alone, after U3's significant gap.
        List<UnitAttention> loose = UnitsNeedingAttention.of(context(out).withAttention(
                new AttentionRules(10, 3, 0.5, 8)), Texts.of(Lang.ZH));
        assertEquals(List.of("U3", "U1", "U4", "U5", "U2"), loose.stream().map(UnitAttention::unitId).toList());
        assertEquals(List.of("1/2个支部每个季度均未落实“三会一课”制度"), loose.get(1).focus());
    }

    @Test
    void theBuiltInRulesFileCarriesTheDefaultsAndABadValueIsNamed() throws Exception {
        // The rules file lives in the jobs module (the one file the operator edits); the packs read its section.
        String yaml = Files.readString(Path.of("..", "jobs", "src", "main", "resources", "rules", "default-rules.yaml"));
        assertEquals(AttentionRules.DEFAULT, PackRulesFile.parse(yaml, "default-rules.yaml"));
        assertEquals(new AttentionRules(5, 2, 0.5, 8), PackRulesFile.parse(
                "units_needing_attention:\n  below_county_points: 5\n", "r.yaml"));
        IndicatorFileException e = assertThrows(IndicatorFileException.class, () -> PackRulesFile.parse(
                "units_needing_attention:\n  focus_min_areas: 1.5\n", "r.yaml"));
        assertEquals("rules file r.yaml: units_needing_attention.focus_min_areas '1.5' must be a whole number",
                e.getMessage());
    }

    @Test
    void englishFocusRulesReadAsSentences(@TempDir Path out) throws Exception {
        PackContext ctx = Fixture.context(tables(out), "2025", Lang.EN);
        List<UnitAttention> units = UnitsNeedingAttention.of(ctx, Texts.of(Lang.EN));
        assertEquals(List.of("below the mark in 2 areas: attainment, meeting cadence",
                "1 of 2 branches missed the meeting cadence in every quarter"), units.get(0).focus());
        assertTrue(units.get(4).reasons().get(0).text()
                .equals("branches that missed the meeting cadence in every quarter: 1"), units.get(4).toString());
    }

    private static PackContext context(Path out) throws Exception {
        return Fixture.context(tables(out), "2025", Lang.ZH);
    }

    private static IndicatorTables tables(Path out) throws Exception {
        Path dir = Files.createDirectories(out.resolve("indicators"));
        Files.writeString(dir.resolve("coverage.csv"), """
                period,dimension,group,eligible,reached,attained,reach_rate,attainment_rate,ci_low,ci_high,suppressed
                2025,all,all,100,90,70,0.9,0.7,0.6,0.8,false
                2025,unit,U1,20,18,10,0.9,0.5,0.3,0.7,false
                2025,unit,U2,25,23,17,0.92,0.68,0.5,0.8,false
                2025,unit,U3,20,18,8,0.9,0.4,0.2,0.6,false
                2025,unit,U4,25,23,18,0.92,0.72,0.5,0.9,false
                2025,unit,U5,20,18,15,0.9,0.75,0.5,0.9,false
                """);
        StringBuilder br = new StringBuilder("period,branch_id,unit_id,branch_general_meeting,"
                + "branch_committee_meeting,group_meeting,party_lecture,theme_party_day,compliant\n");
        String[][] branches = {{"B11", "U1"}, {"B12", "U1"}, {"B21", "U2"}, {"B22", "U2"}, {"B23", "U2"},
                {"B24", "U2"}, {"B31", "U3"}, {"B41", "U4"}, {"B51", "U5"}};
        for (int q = 1; q <= 4; q++) {
            for (String[] b : branches) {
                boolean ok = !b[0].equals("B11") && !b[0].equals("B21");
                br.append("2025Q").append(q).append(',').append(b[0]).append(',').append(b[1])
                        .append(ok ? ",1,3,3,1,3,true\n" : ",0,3,3,0,3,false\n");
            }
        }
        Files.writeString(dir.resolve("branch_compliance.csv"), br);
        Files.writeString(dir.resolve("under_served.csv"), """
                period,indicator,dimension,group,members,rate,rest_members,rest_rate,gap_pp,test,p_value,q_value,flagged,suppressed
                2025,attainment,unit,U3,20,0.4,90,0.733,-33.3,z,0.001,0.004,true,false
                2025,attainment,unit,U1,20,0.5,90,0.711,-21.1,z,0.03,0.06,false,false
                """);
        Files.writeString(dir.resolve("observation_by_unit.csv"), """
                period,unit_id,sessions,sessions_observed,observed
                2025,U1,2,1,true
                2025,U5,3,0,false
                """);
        StringBuilder dq = new StringBuilder("period,unit_id,check,count,unit_rows,share,threshold,exceeds,needs_review\n");
        for (int q = 1; q <= 4; q++) {
            dq.append("2025Q").append(q).append(",U4,assumed_roster,5,50,0.1,0.02,true,true\n");
            dq.append("2025Q").append(q).append(",U5,assumed_roster,").append(q == 2 ? "5,50,0.1,0.02,true,true\n"
                    : "0,50,0.0,0.02,false,false\n");
        }
        Files.writeString(dir.resolve("data_quality.csv"), dq);
        return IndicatorTables.load(out);
    }
}

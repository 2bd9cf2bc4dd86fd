package cn.jgdj.dashboards.findings;

import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.text.Lang;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The summary page (要点) from the fixture tables; every figure below was worked out by hand from the CSVs. */
class FindingsTest {

    @Test
    void yearSummaryStatesHeadlinesTrendsGroupsUnitsAndActions() {
        Summary s = Findings.of(Fixture.context("2025"));
        assertEquals("要点", s.heading());
        assertEquals("2025年，全县机关应训党员100名。现将主要情况和工作建议报告如下。", s.intro());
        List<String> headlines = s.sections().get(0).sentences();
        // coverage.csv: 72/100 against 60/95 (63.16 %); 90/100 against 80/95; observation 21/21 against 18/20.
        assertTrue(headlines.contains("全年学时达标率为72.0%，较上年提高8.8个百分点。"), headlines.toString());
        assertTrue(headlines.contains("全年参训率为90.0%，较上年提高5.8个百分点。"), headlines.toString());
        assertTrue(headlines.contains("已列席旁听单位占比为100.0%，较上年提高10.0个百分点。"), headlines.toString());
        // trends.csv: only participation is significant (rising, p = 0.035), 7 quarters up to 2025Q3.
        assertEquals(List.of("季度活动参加率（全体党员）近7个季度呈显著上升趋势（p=0.035）。"), s.sections().get(1).sentences());
        assertEquals(List.of("35岁及以下党员的学时达标率为48.0%，低于其余党员32.0个百分点（25人，q=0.010）。",
                "普通党员的志愿服务参与率为20.0%，低于其余党员31.4个百分点（65人，q=0.008）。",
                "学习平台活跃度显著偏低的群体：中专及以下学历党员。按照2024年整治形式主义为基层减负的有关规定，"
                        + "平台积分和学习时长不作为评价个人的依据，此项仅作参照，另行列示。"),
                s.sections().get(2).sentences());
        // U04: 8/14 = 57.1 % (14.9 points under 72.0 %); cadence 3 of 8 branch-quarters against 16 of 24.
        // 县教育局: observation_by_unit.csv, two sessions in 2025, none observed. 县人民医院: data_quality.csv, set
        // aside 20 % and roster assumed 10 % in 2025Q1, over their thresholds. One list, most reasons first.
        // U04 is below in two areas (attainment, 三会一课), so it is the one 重点关注 unit; the other two are below on
        // one count in one quarter or area and go to the appendix only.
        assertEquals(List.of("共3个单位需要关注，其中1个列为重点关注（见下表，建议措施见第五部分）；完整名单、原因和建议措施见附表。",
                "列为重点关注的标准：学时达标率经检验显著低于其余单位；在学时达标、“三会一课”、列席旁听、数据质量中有2个及以上方面"
                        + "同时低于要求；50%及以上的支部每个季度均未落实“三会一课”制度；每个季度数据均需复核。"),
                s.sections().get(3).sentences());
        assertEquals(List.of(List.of("U04", "在学时达标、“三会一课”2个方面同时低于要求",
                        "学时达标率57.1%，低于全县72.0%；“三会一课”制度落实率37.5%，低于全县66.7%")),
                s.units().rows());
        assertEquals(List.of(
                List.of("U04", "在学时达标、“三会一课”2个方面同时低于要求",
                        "学时达标率57.1%，低于全县72.0%；“三会一课”制度落实率37.5%，低于全县66.7%",
                        "督促单位党组织制定补学计划，年底前补足学时；督促落实支部工作条例，按季度调度“三会一课”开展情况"),
                List.of("县教育局", "—", "理论学习中心组学习2次，全年均未安排列席旁听",
                        "安排工委人员列席旁听该单位理论学习中心组学习，实现年度全覆盖"),
                List.of("县人民医院", "—", "数据需复核：无出勤记录的支部活动、导入隔离的行超过规定比例",
                        "督促单位核实原始台账，补正被隔离或不完整的记录")),
                UnitsNeedingAttentionTable.always().build(Fixture.context("2025")).get(0).rows());
        assertEquals(List.of("（1）按年龄特点调整培训方式，做到“一把钥匙开一把锁”。", "（2）针对不同职务类别差异化设置培训内容。",
                "（3）督促单位党组织制定补学计划，年底前补足学时。", "（4）督促落实支部工作条例，按季度调度“三会一课”开展情况。",
                "（5）安排工委人员列席旁听该单位理论学习中心组学习，实现年度全覆盖。", "（6）督促单位核实原始台账，补正被隔离或不完整的记录。"),
                s.sections().get(4).sentences());
    }

    @Test
    void theSummaryListsAtMostTheRulesFilesNumberOfFocusUnitsAndTheAppendixListsThemAll() {
        // 120 units (ManyUnits-like): many 10 points or more below the county, on that one count only, so under
        // the default rules none is a focus unit and the summary names none; the appendix lists them.
        var tables = cn.jgdj.dashboards.figures.ManyUnitsAccess.tables(120);
        var byDefault = Fixture.context(tables, "2025", Lang.ZH);
        Summary none = Findings.of(byDefault);
        int listed = UnitsNeedingAttention.of(byDefault, Texts.of(Lang.ZH)).size();
        assertEquals("共" + listed + "个单位需要关注，均未达到重点关注的标准；名单、原因和建议措施见附表。",
                none.sections().get(3).sentences().get(0));
        assertNull(none.units());
        // One area is enough for focus: every listed unit qualifies; the summary keeps the worst 8 (rules file).
        var ctx = byDefault.withAttention(new cn.jgdj.schemas.AttentionRules(10, 1, 0.5, 8));
        Summary s = Findings.of(ctx);
        List<UnitAttention> all = UnitsNeedingAttention.of(ctx, Texts.of(Lang.ZH));
        long focus = all.stream().filter(UnitAttention::isFocus).count();
        assertTrue(focus > 8, "focus units: " + focus);
        assertEquals(8, s.units().rows().size());
        assertEquals("共" + all.size() + "个单位需要关注，其中" + focus + "个列为重点关注，下表列出问题最突出的8个；"
                + "完整名单、原因和建议措施见附表。", s.sections().get(3).sentences().get(0));
        var appendix = UnitsNeedingAttentionTable.whenSummaryIsShort().build(ctx);
        assertEquals(1, appendix.size());
        assertEquals(all.size(), appendix.get(0).rows().size());
        assertEquals(s.units().rows(), appendix.get(0).rows().subList(0, 8).stream().map(r -> r.subList(0, 3)).toList());
        assertEquals(all.size(), (int) focus);
        // With every unit on the summary, only the committee's own appendix prints the list.
        var small = Fixture.context("2025").withAttention(new cn.jgdj.schemas.AttentionRules(10, 1, 0.5, 8));
        assertEquals(List.of(), UnitsNeedingAttentionTable.whenSummaryIsShort().build(small));
        assertEquals(3, UnitsNeedingAttentionTable.always().build(small).get(0).rows().size());
    }

    @Test
    void quarterSummaryComparesWithTheSameQuarterLastYearAndSkipsSuppressedSeries() {
        Summary s = Findings.of(Fixture.context("2025Q3"));
        assertEquals(List.of("累计学时达标率为50.0%，较上年同期提高8.0个百分点。", "季度活动参加率为88.0%，较上年同期提高10.0个百分点。",
                "季度“三会一课”制度落实率为50.0%，与上年同期持平。", "季度志愿服务参与率为30.0%（上年同期无可比数据）。"),
                s.sections().get(0).sentences());
    }

    @Test
    void englishSummaryUsesTheEnglishTexts() {
        Summary s = Findings.of(Fixture.context(Fixture.tables(), "2025", Lang.EN));
        assertEquals("Summary", s.heading());
        assertTrue(s.sections().get(0).sentences().contains("Attainment (year): 72.0%, up 8.8 points on last year."),
                s.text());
        assertTrue(s.text().contains("attainment 57.1%, below the county's 72.0%"), s.text());
        // Groups read as noun phrases, not "Age band: 35 or under" or "Mobile member: Mobile".
        assertTrue(s.sections().get(2).sentences().contains("Members aged 35 or under: Attainment 48.0%, 32.0 points "
                + "below the other members (25 members, q=0.010)."), s.sections().get(2).sentences().toString());
        // Each suggested action is a sentence: "(1) Have the unit's ...", not "(1) have the unit's ..." as seen.
        List<String> actions = s.sections().get(s.sections().size() - 1).sentences();
        assertFalse(actions.isEmpty());
        for (String a : actions) {
            assertTrue(a.matches("\\(\\d+\\) [A-Z].*\\."), a);
        }
        var l = Fixture.context(Fixture.tables(), "2025", Lang.EN).labels();
        assertEquals("Mobile members", Findings.groupName(l, "mobile", "true"));
        assertEquals("Mobility-impaired members", Findings.groupName(l, "mobility_impaired", "true"));
        assertEquals("Female members", Findings.groupName(l, "gender", "F"));
        // The sentence goes on "<group>: <indicator> …": a group label with its own colon read "Unit type: Agency:".
        assertEquals("Members in mass organisation units", Findings.groupName(l, "unit_type", "mass_org"));
        assertEquals("Ordinary members", Findings.groupName(l, "role", "ordinary"));
        assertEquals("Secretary / committee members", Findings.groupName(l, "role", "secretary"));
    }

    @Test
    void branchesFailingEveryQuarterAreFoundPerUnit() {
        List<Period> quarters = Period.parse("2025").quarters();
        List<BranchComplianceRow> rows = new java.util.ArrayList<>();
        for (Period q : quarters) {
            rows.add(new BranchComplianceRow(q, "B1", "U1", Map.of(), false));
            rows.add(new BranchComplianceRow(q, "B2", "U1", Map.of(), !q.equals(quarters.get(3))));
            rows.add(new BranchComplianceRow(q, "B3", "U2", Map.of(), q.equals(quarters.get(3))));
        }
        assertEquals(Map.of("U1", Set.of("B1")), UnitsNeedingAttention.failingEveryQuarter(rows, quarters));
        // A branch seen in one quarter only is not "every quarter".
        assertEquals(Map.of(), UnitsNeedingAttention.failingEveryQuarter(
                List.of(new BranchComplianceRow(quarters.get(0), "B9", "U9", Map.of(), false)), quarters.subList(0, 1)));
    }

    @Test
    void pAndQValuesBelowAThousandthPrintAsBounds() {
        Texts x = Texts.of(Lang.ZH);
        assertEquals("q<0.001", x.q(0.0000012));
        assertEquals("q=0.010", x.q(0.01));
        assertEquals("p<0.001", x.p(1e-6));
        assertThrows(IllegalStateException.class, () -> x.get("no.such.key"));
        assertThrows(IllegalStateException.class, () -> x.get("headline.up", "indicator", "x"));
    }
}

package cn.jgdj.dashboards.figures;

import static cn.jgdj.dashboards.figures.ChartModel.*;
import static org.junit.jupiter.api.Assertions.*;

import cn.jgdj.dashboards.Fixture;
import cn.jgdj.dashboards.charts.ChartTheme;
import cn.jgdj.dashboards.charts.HeatmapChart;
import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.data.ParticipationRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.datasets.CadenceShortfall;
import cn.jgdj.dashboards.datasets.ComplianceData;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.schemas.codes.Codes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** The county report's questions the committee pack now answers, and the cadence heat map fixes. */
class ReviewQuestionsFiguresTest {
    private final PackContext ctx = Fixture.context("2025");

    @Test
    void meetingTypesHeldTooRarelyCountBranchQuartersByType() {
        // branch_compliance.csv, 2025 (24 branch-quarters): general meeting short in B03Q1, B06Q1, B05Q3, B06Q3;
        // committee in B05Q1, B06Q1, B06Q3; group in B06Q1, B02Q2, B06Q3; lecture in B06Q1-Q3; theme day in
        // B06Q1, B04Q3, B06Q3.
        PackChart c = only(new CadenceByMeetingType().build(ctx));
        CategoryDataset d = categoryPlot(c).getDataset();
        assertEquals(List.of("支部党员大会（每季度至少1次）", "支部委员会会议（每月至少1次）", "党小组会（每月至少1次）",
                "党课（每季度至少1次）", "主题党日（每月至少1次）"), columns(d));
        assertEquals(List.of(4.0, 3.0, 3.0, 3.0, 3.0), values(d, 0));
        assertTrue(sourceLine(c.chart()).contains("6个支部，共24个支部·季度"), sourceLine(c.chart()));
        drawsWithoutError(c);
    }

    @Test
    void branchesShortInEveryQuarterAreListedWithTheTypesTheyMissed() {
        List<Period> qs = Period.parse("2025").quarters();
        List<BranchComplianceRow> rows = new ArrayList<>();
        for (Period q : qs) {
            rows.add(new BranchComplianceRow(q, "B1", "U01", Map.of(Codes.BRANCH_GENERAL_MEETING, 1L,
                    Codes.PARTY_LECTURE, 0L, Codes.BRANCH_COMMITTEE_MEETING, 3L, Codes.GROUP_MEETING, 3L,
                    Codes.THEME_PARTY_DAY, 3L), false));
            rows.add(new BranchComplianceRow(q, "B2", "U01", Map.of(), q.equals(qs.get(2))));
        }
        var failing = CadenceShortfall.failingEveryQuarter(rows, Period.parse("2025"));
        assertEquals(List.of("B1"), List.copyOf(failing.keySet()));
        assertEquals(List.of(Codes.PARTY_LECTURE), CadenceShortfall.shortTypes(failing.get("B1").get(0)));
        // The fixture has none: B06 kept the cadence in Q4.
        TablePage t = new BranchesFailingEveryQuarter().build(ctx).get(0);
        assertEquals(List.of(), t.rows());
        assertEquals("没有四个季度均未落实制度的支部。", t.note());
    }

    @Test
    void lecturesAreCountedOverOrganisingUnits() {
        Period q1 = Period.parse("2025Q1");
        List<ParticipationRow> rows = List.of(
                new ParticipationRow(q1, "U01", Codes.PARTY_LECTURE, 3, 30, 25, 2, 3, 0, 25.0 / 30),
                new ParticipationRow(q1, "U02", Codes.PARTY_LECTURE, 2, 20, 18, 1, 1, 0, 0.9),
                new ParticipationRow(q1, "U02", Codes.SPECIAL_LECTURE, 1, 40, 30, 5, 5, 0, 0.75));
        assertEquals(5, LectureCounts.held(rows, q1, Codes.PARTY_LECTURE));
        assertEquals(1, LectureCounts.held(rows, q1, Codes.SPECIAL_LECTURE));
        // The fixture has no lecture rows: the chart says so instead of drawing zeros.
        PackChart c = only(new LectureCounts().build(ctx));
        assertEquals(0, categoryPlot(c).getDataset().getColumnCount());
        assertTrue(sourceLine(c.chart()).contains("党课全年0场（上年0场）"), sourceLine(c.chart()));
    }

    @Test
    void cadenceCellsPrintCountsAndTheColourBarShowsTheColourOfFullCompliance() {
        var units = ComplianceData.byUnit(ctx.tables().branchCompliance().rows(), ctx.period());
        HeatmapChart.Heatmap h = ComplianceData.heatmap(units, ctx.labels());
        // U04 (lowest first): B05 and B06 both missed in Q1, B05 kept it in Q2.
        assertEquals(List.of("0/2", "1/2", "0/2", "2/2"), h.cellText().subList(0, 4));
        var scale = HeatmapChart.scale();
        List<java.awt.Color> colours = ChartTheme.SEQUENTIAL;
        assertEquals(colours.get(colours.size() - 1), scale.getPaint(1.0));
        // The darkest colour has a band of its own on the bar, not a sliver at 100 %.
        assertEquals(colours.get(colours.size() - 1), scale.getPaint(1.0 - 0.5 / colours.size()));
        assertEquals(colours.get(0), scale.getPaint(0.0));
    }

    @Test
    void membersWithNoHoursAreCountedPerUnitMostFirst() {
        // coverage.csv 2025: 县委组织部 50 − 47, 县教育局 30 − 27, U04 14 − 11; 县人民医院 is suppressed.
        PackChart c = only(new NoHoursByUnit().build(ctx));
        CategoryDataset d = categoryPlot(c).getDataset();
        assertEquals(List.of("县委组织部（50人）", "县教育局（30人）", "U04（14人）"), columns(d));
        assertEquals(List.of(3.0, 3.0, 3.0), values(d, 0));
        assertTrue(sourceLine(c.chart()).contains("全县共10人"), sourceLine(c.chart()));
        assertEquals(PackChart.PAPER_WIDTH, c.width());
        // Room past the longest bar for the widest label "3人（21.4%）" (6.3 em at 12 px + 8 = 83.6 px of 450): labels
        // were cut off at the default 12 % margin ("20人（26." in the demo).
        assertEquals(83.6 / (450 - 83.6), categoryPlot(c).getRangeAxis().getUpperMargin(), 1e-9);
    }

    @Test
    void candidatesAndActivistsVolunteeringComesFromTheMemberTypeRows() {
        Period y = Period.parse("2025");
        var rows = List.of(new cn.jgdj.dashboards.data.VolunteerRow(y, "member_type", "candidate", "all", 22, 18,
                        18.0 / 22, 97.5, false),
                new cn.jgdj.dashboards.data.VolunteerRow(y, "member_type", "activist", "all", 8, 6, 0.75, 20, true));
        assertEquals(18, PreMemberVolunteering.row(rows, y, "candidate").orElseThrow().participants());
        assertTrue(PreMemberVolunteering.row(rows, y, "activist").isEmpty(), "a suppressed group shows no figure");
        // The fixture has no member-type rows: the page says there is no data.
        PackChart c = only(new PreMemberVolunteering().build(ctx));
        assertEquals(0, categoryPlot(c).getDataset().getColumnCount());
    }
}

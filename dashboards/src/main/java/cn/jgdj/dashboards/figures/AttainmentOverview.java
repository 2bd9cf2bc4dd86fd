package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.SectionedBarChart;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.List;

/** Reach and attainment of the 学时 requirement: all members, by unit type, by role. */
public final class AttainmentOverview implements Figure {
    private static final List<String> DIMENSIONS = List.of(Dimensions.ALL, Dimensions.UNIT_TYPE, Dimensions.ROLE);

    @Override
    public String id() {
        return "attainment_overview";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<CoverageRow> t = ctx.tables().coverage();
        ItemLabels labels = new ItemLabels();
        List<SectionedBarChart.Section> sections = CoverageData.sections(t.rows(), ctx.period(), DIMENSIONS,
                ctx.labels(), labels);
        String title = ctx.t(ctx.labels().period(ctx.period()) + "学时要求完成情况：全体、分单位类型、分职务类别",
                "Credit-hour requirement, " + ctx.labels().period(ctx.period())
                        + ": all members, by unit type and role");
        String n = CoverageData.overall(t.rows(), ctx.period()).map(r -> ctx.eligibleN(r.eligible())).orElse(null);
        ChartText text = ctx.text(title, t, n, ctx.period()).withAxes(null, ctx.t("占应训党员比例（%）",
                "Share of eligible members (%)"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "参训率：全年有学时记录的应训党员占比；学时达标率：学时达到年度要求（一般" + ctx.requirements().member()
                        + "学时，书记·支委" + ctx.requirements().secretary() + "学时）的占比。"
                        + "每组上为参训率、下为学时达标率，两者之差即已参训但学时未达标的党员。",
                "Reach: share of eligible members with any credit in the year; attainment: share who met the annual "
                        + "requirement (" + ctx.requirements().member() + " credit hours, secretaries "
                        + ctx.requirements().secretary() + "). The gap between the two bars is members "
                        + "who trained but fell short."),
                SectionedBarChart.create(sections, text, ctx.theme(), labels, List.of())));
    }
}

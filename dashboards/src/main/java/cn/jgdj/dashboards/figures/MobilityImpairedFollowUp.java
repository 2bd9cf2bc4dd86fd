package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.CoverageData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.List;
import java.util.Optional;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Follow-up of mobility-impaired members (送学上门): quarter by quarter through the year, how many had any hours and
 * how many met the requirement, against the other members, so the committee sees whether study was brought home.
 */
public final class MobilityImpairedFollowUp implements Figure {
    static final String IMPAIRED = "true";
    static final String OTHERS = "false";

    @Override
    public String id() {
        return "mobility_impaired_followup";
    }

    /** The year-to-date coverage row of a mobility group at a quarter end. */
    static Optional<CoverageRow> at(List<CoverageRow> rows, Period quarter, String group) {
        return CoverageData.of(rows, quarter, Dimensions.MOBILITY_IMPAIRED).stream()
                .filter(r -> r.group().equals(group)).findFirst();
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Labels l = ctx.labels();
        Table<CoverageRow> t = ctx.tables().coverage();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String reach = l.t("行动不便党员：参训率", "Mobility-impaired: reached");
        String attain = l.t("行动不便党员：学时达标率", "Mobility-impaired: attained");
        String others = l.t("其他党员：学时达标率", "Other members: attained");
        long eligible = 0;
        boolean anySuppressed = false;
        for (Period q : ctx.period().quarters()) {
            String cat = l.t("第" + q.index() + "季度末", "End of Q" + q.index());
            Optional<CoverageRow> imp = at(t.rows(), q, IMPAIRED);
            Optional<CoverageRow> oth = at(t.rows(), q, OTHERS);
            if (imp.isPresent() && imp.get().suppressed()) {
                anySuppressed = true;
            }
            imp.filter(r -> !r.suppressed()).ifPresent(r -> {
                data.addValue(r.reachRate(), reach, cat);
                labels.put(reach, cat, l.percent(r.reachRate()));
                data.addValue(r.attainmentRate(), attain, cat);
                labels.put(attain, cat, l.percent(r.attainmentRate()));
            });
            oth.filter(r -> !r.suppressed()).ifPresent(r -> {
                data.addValue(r.attainmentRate(), others, cat);
                labels.put(others, cat, l.percent(r.attainmentRate()));
            });
            if (imp.isPresent()) {
                eligible = imp.get().eligible();
            }
        }
        String period = l.period(ctx.period());
        String title = l.t(period + "行动不便党员学习跟进（送学上门）", "Follow-up of mobility-impaired members, " + period);
        String n = anySuppressed ? l.t("行动不便党员不足" + l.minCellSize() + "人，未作统计",
                "under " + l.minCellSize() + " mobility-impaired members, not reported")
                : l.t("行动不便的应训党员" + eligible + "人", eligible + " mobility-impaired eligible members");
        ChartText text = ctx.text(title, t, n, ctx.period())
                .withAxes(l.t("截至季度末（年内累计）", "Year to date at quarter end"), l.t("比例（%）", "Share (%)"));
        return List.of(PackChart.standard(id(), title, l.t(
                "年内累计到各季度末：行动不便党员中已有学时记录的比例（参训率）和达到全年学时要求的比例，与其他党员的达标率对照。"
                        + "参训率长期偏低说明送学上门未跟上，应整理学习资料上门送学或组织线上学习；各季度未参训人数见附表。",
                "Year to date at each quarter end: the share of mobility-impaired members with any hours and the share "
                        + "meeting the full-year requirement, against the other members' attainment. A reach that stays "
                        + "low means study is not being brought home; the appendix counts those without any hours."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.verticalPercent(labels))));
    }
}

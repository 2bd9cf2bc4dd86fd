package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.VolunteerRow;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import java.util.List;
import java.util.Optional;
import org.jfree.data.category.DefaultCategoryDataset;

/** Volunteering of candidates and activists (the report's 志愿服务 for pre-members) beside members, year on year. */
public final class PreMemberVolunteering implements Figure {
    static final List<String> TYPES = List.of("candidate", "activist", "probationary", "full");

    @Override
    public String id() {
        return "pre_member_volunteering";
    }

    static Optional<VolunteerRow> row(List<VolunteerRow> rows, Period p, String type) {
        return rows.stream().filter(r -> r.period().equals(p) && Dimensions.MEMBER_TYPE.equals(r.dimension())
                && r.group().equals(type) && Volunteer.ALL_THEMES.equals(r.theme()) && !r.suppressed()
                && !Double.isNaN(r.participationRate())).findFirst();
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<VolunteerRow> t = ctx.tables().volunteer();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        long people = 0;
        for (Period p : List.of(ctx.period().yearEarlier(), ctx.period())) {
            String series = ctx.labels().period(p);
            for (String type : TYPES) {
                Optional<VolunteerRow> r = row(t.rows(), p, type);
                if (r.isEmpty()) {
                    continue;
                }
                String cat = ctx.labels().group(Dimensions.MEMBER_TYPE, type);
                data.addValue(r.get().participationRate(), series, cat);
                labels.put(series, cat, ctx.labels().percent(r.get().participationRate()) + ctx.t("（" + r.get().participants()
                        + "/" + r.get().members() + "人）", " (" + r.get().participants() + "/" + r.get().members() + ")"));
                if (p.equals(ctx.period()) && (type.equals("candidate") || type.equals("activist"))) {
                    people += r.get().members();
                }
            }
        }
        String period = ctx.labels().period(ctx.period());
        String title = ctx.t(period + "发展对象、入党积极分子志愿服务参与率", "Volunteering of candidates and activists, " + period);
        ChartText text = ctx.text(title, t, ctx.t("发展对象和入党积极分子共" + people + "人", people
                + " candidates and activists"), ctx.period()).withAxes(null, ctx.t("全年参与率（%）", "Share in the year (%)"));
        return List.of(PackChart.standard(id(), title, ctx.t(
                "全年至少参加一次志愿服务的人数占比，按党员类型，与上年比较；括号内为参与人数/人数。志愿服务情况纳入发展对象培养考察。",
                "Share with at least one volunteer log in the year, by member type, against last year; participants / "
                        + "members in brackets. Volunteering is part of assessing candidates."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.horizontalPercent(labels))));
    }
}

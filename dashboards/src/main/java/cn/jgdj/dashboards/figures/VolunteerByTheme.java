package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.DualBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.VolunteerRow;
import cn.jgdj.dashboards.datasets.VolunteerData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.List;
import java.util.Locale;

/** Volunteer service by theme: participants and hours. */
public final class VolunteerByTheme implements Figure {
    @Override
    public String id() {
        return "volunteer_by_theme";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<VolunteerRow> t = ctx.tables().volunteer();
        ItemLabels people = new ItemLabels();
        ItemLabels hours = new ItemLabels();
        var left = VolunteerData.byTheme(t.rows(), ctx.period(), false, ctx.labels(), people);
        var right = VolunteerData.byTheme(t.rows(), ctx.period(), true, ctx.labels(), hours);
        String title = ctx.t(ctx.labels().period(ctx.period()) + "志愿服务：各主题参与人数与服务时长",
                "Volunteer service by theme, " + ctx.labels().period(ctx.period()) + ": participants and hours");
        var overall = VolunteerData.overall(t.rows(), ctx.period());
        String n = overall.map(r -> ctx.t(String.format(Locale.ROOT, "参与 %,d / %,d 人（%s）", r.participants(),
                        r.members(), ctx.labels().percent(r.participationRate())),
                String.format(Locale.ROOT, "%,d of %,d members took part (%s)", r.participants(), r.members(),
                        ctx.labels().percent(r.participationRate())))).orElse(null);
        ChartText text = ctx.text(title, t, n, ctx.period()).withAxes(ctx.t("服务主题", "Theme"), null);
        return List.of(PackChart.standard(id(), title, ctx.t(
                "各服务主题至少参加一次的党员、发展对象和入党积极分子人数（左）及服务总时长（右）。一人可参加多个主题。",
                "Members, candidates and activists with at least one log under each theme (left) and the hours "
                        + "served (right). One person can serve under several themes."),
                DualBarChart.create(new DualBarChart.Panel(left, ctx.t("参与人数（人）", "Participants (people)"), people),
                        new DualBarChart.Panel(right, ctx.t("服务时长（小时）", "Hours served (h)"), hours),
                        text, ctx.theme())));
    }
}

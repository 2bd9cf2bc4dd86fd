package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.HeatmapChart;
import cn.jgdj.dashboards.data.PlatformRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.datasets.PlatformData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import java.util.ArrayList;
import java.util.List;

/** Aggregate learning-platform activity by group and month, one heat map per platform. */
public final class PlatformEngagement implements Figure {
    @Override
    public String id() {
        return "platform_engagement";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<PlatformRow> t = ctx.tables().platform();
        List<String> platforms = PlatformData.platforms(t.rows(), ctx.period());
        List<PackChart> out = new ArrayList<>();
        for (String platform : platforms.isEmpty() ? List.of("") : platforms) {
            var heatmap = PlatformData.heatmap(t.rows(), platform, ctx.period(), ctx.labels());
            String name = platform.isEmpty() ? ctx.t("学习平台", "learning platforms") : ctx.labels().platform(platform);
            String title = ctx.t(ctx.labels().period(ctx.period()) + "“" + name + "”各群体月度活跃率",
                    name + ": monthly active rate by group, " + ctx.labels().period(ctx.period()));
            ChartText text = ctx.text(title, t, ctx.t("仅为群体汇总，不用于评价个人", "group aggregates only, never used "
                    + "to assess a person"), ctx.period()).withAxes(ctx.t("月份", "Month"), ctx.t("群体", "Group"))
                    .withSubtitle(ctx.t("至少一天有积分或学习时长的党员占比；× 表示", "Share of members active on at least one "
                            + "day; × marks ") + ctx.labels().suppressed());
            String id = platform.isEmpty() ? id() : id() + "_" + platform;
            out.add(PackChart.tall(id, title, ctx.t(
                    "每格为该群体当月至少有一天有积分或学习时长的应训党员占比（群体汇总）。按照反对形式主义的规定，"
                            + "平台积分和时长不作为评价个人的依据。× 表示不足" + ctx.labels().minCellSize()
                            + "人已抑制。",
                    "Each cell: share of the group's eligible members active on the platform at least one day that "
                            + "month (an aggregate). Platform points and time are never used to judge a person. "
                            + "× marks a group under " + ctx.labels().minCellSize()
                            + " members (suppressed)."),
                    HeatmapChart.create(heatmap, text, ctx.theme()), Math.max(heatmap.rows().size(), 8), 24));
        }
        return out;
    }
}

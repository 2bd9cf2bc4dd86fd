package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.charts.StackedShareChart;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.TrainingMixRow;
import cn.jgdj.dashboards.datasets.ReportQuestionsData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The mix of training forms (meetings, classes, on-site teaching, lectures, online) in each age band's and role's
 * credited hours, against all members: whether training is targeted (分类施教) or the same for everyone.
 */
public final class TrainingFormMix implements Figure {
    static final List<String> DIMENSIONS = List.of(Dimensions.ALL, Dimensions.AGE_BAND, Dimensions.ROLE);

    @Override
    public String id() {
        return "training_form_mix";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Labels l = ctx.labels();
        Table<TrainingMixRow> t = ctx.tables().report().trainingMix();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        List<String> suppressed = new ArrayList<>();
        for (String dimension : DIMENSIONS) {
            for (TrainingMixRow r : ReportQuestionsData.mix(t.rows(), ctx.period(), dimension)) {
                String group = groupLabel(l, r);
                if (r.suppressed()) {
                    if (!suppressed.contains(group)) {
                        suppressed.add(group);
                    }
                    continue;
                }
                String form = ReportQuestionsData.form(l, r.form());
                double share = Double.isNaN(r.hoursShare()) ? 0 : r.hoursShare();
                data.addValue(share, form, group);
                if (share >= StackedShareChart.LABEL_MIN_SHARE) {
                    labels.put(form, group, String.format(java.util.Locale.ROOT, "%.0f%%", share * 100));
                }
            }
        }
        String period = l.period(ctx.period());
        String title = l.t(period + "各年龄段、各职务类别党员的学时构成（按培训形式）",
                "Credited hours by training form, by age band and role, " + period);
        String n = suppressed.isEmpty() ? null : l.t("不足" + l.minCellSize() + "人未作统计：" + String.join("、", suppressed),
                "under " + l.minCellSize() + ", not shown: " + String.join(", ", suppressed));
        ChartText text = ctx.text(title, t, n, ctx.period())
                .withAxes(l.t("群体", "Group"), l.t("占全年学时的比例（%）", "Share of the year's hours (%)"));
        return List.of(PackChart.standard(id(), title, l.t(
                "每条为一个群体全年学时的构成：会议（“三会一课”、主题党日、中心组学习）、集中培训（集中轮训、培训班）、现场教学、"
                        + "讲座宣讲（党课、专题宣讲）和线上学习（线上举办的活动及计入学时的平台学习）。各群体构成相近，说明培训形式"
                        + "未按年龄和职务区分；各群体人数和构成比例见附表。",
                "Each bar is one group's credited hours of the year by form: meetings (三会一课, theme party days, "
                        + "theory study groups), classes (rotation training, training classes), on-site teaching, "
                        + "lectures (party lectures, themed lectures) and online (events held online and credited "
                        + "platform study). Similar bars mean training is not tailored to age or role; group sizes "
                        + "and shares are in the appendix."),
                StackedShareChart.create(data, text, ctx.theme(), labels)));
    }

    static String groupLabel(Labels l, TrainingMixRow r) {
        return Dimensions.ALL.equals(r.dimension()) ? l.t("全体党员", "All members")
                : l.group(r.dimension(), r.group());
    }
}

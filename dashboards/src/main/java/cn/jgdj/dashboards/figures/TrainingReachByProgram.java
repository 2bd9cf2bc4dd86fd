package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.data.TrainingReachRow;
import cn.jgdj.dashboards.datasets.ReportQuestionsData;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.text.Labels;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * How far rotation training and each kind of training class reached their own audience, with the classes held
 * (班次) and attendances (人次) the county report counts ("12班次、1700余人次").
 */
public final class TrainingReachByProgram implements Figure {
    @Override
    public String id() {
        return "training_reach";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Labels l = ctx.labels();
        Table<TrainingReachRow> t = ctx.tables().report().trainingReach();
        List<TrainingReachRow> rows = ReportQuestionsData.reach(t.rows(), ctx.period());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = l.t("对象覆盖率", "Audience reached");
        long classes = 0;
        long attendances = 0;
        for (TrainingReachRow r : rows) {
            classes += r.events();
            attendances += r.attendances();
            if (!r.hasTarget()) {
                continue;
            }
            String category = ReportQuestionsData.program(l, r.program()) + l.t("（" + r.events() + "班次）",
                    " (" + r.events() + " held)");
            if (r.suppressed()) {
                data.addValue(null, series, category + " " + l.suppressed());
                continue;
            }
            data.addValue(r.targetRate(), series, category);
            labels.put(series, category, l.percent(r.targetRate()) + l.t("（" + r.targetTrained() + "/"
                    + r.targetMembers() + "名" + ReportQuestionsData.audience(l, r.program()) + "，" + r.attendances()
                    + "人次）", " (" + r.targetTrained() + "/" + r.targetMembers() + " "
                    + ReportQuestionsData.audience(l, r.program()) + ", " + r.attendances() + " attendances)"));
        }
        String period = l.period(ctx.period());
        String title = l.t(period + "集中轮训和各类培训班覆盖情况", "Rotation training and classes: who they reached, " + period);
        ChartText text = ctx.text(title, t, l.t("共" + classes + "班次、" + attendances + "人次",
                        classes + " sessions, " + attendances + " attendances"), ctx.period())
                .withAxes(l.t("培训项目（班次）", "Programme (sessions)"), l.t("对象中参训的比例（%）", "Audience reached (%)"));
        return List.of(PackChart.standard(id(), title, l.t(
                "每个培训项目的对象中至少参训一次的比例：集中轮训的对象为全体应训党员，书记班为党组织书记·支委，党务班为党务干部，"
                        + "发展对象班为当年的发展对象。培训班的类别按参训名单中人数最多的一类人员确定；班次、人次和参训人数见附表。",
                "Share of each programme's audience trained at least once: all eligible members for rotation "
                        + "training, secretaries for their classes, party-affairs staff for theirs, the year's "
                        + "candidates for candidates' classes. A class's kind is the kind of person most of its list "
                        + "is for; sessions, attendances and people trained are in the appendix."),
                GroupedBarChart.create(data, text, ctx.theme(), GroupedBarChart.Options.horizontalPercent(labels))));
    }
}

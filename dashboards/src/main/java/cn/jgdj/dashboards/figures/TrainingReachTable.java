package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.TrainingReachRow;
import cn.jgdj.dashboards.datasets.ReportQuestionsData;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import java.util.ArrayList;
import java.util.List;

/** Appendix: classes held (班次), attendances (人次), people trained and the audience reached, per programme. */
public final class TrainingReachTable implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        List<TrainingReachRow> rows = ReportQuestionsData.reach(ctx.tables().report().trainingReach().rows(),
                ctx.period());
        if (rows.isEmpty()) {
            return List.of();
        }
        String none = "—";
        List<List<String>> out = new ArrayList<>();
        for (TrainingReachRow r : rows) {
            boolean shown = !r.suppressed();
            out.add(List.of(ReportQuestionsData.program(l, r.program()), Long.toString(r.events()),
                    shown ? Long.toString(r.attendances()) : none, shown ? Long.toString(r.membersTrained()) : none,
                    ReportQuestionsData.audience(l, r.program()),
                    r.hasTarget() && shown ? Long.toString(r.targetMembers()) : none,
                    r.hasTarget() && shown ? r.targetTrained() + l.t("（", " (") + l.percent(r.targetRate())
                            + l.t("）", ")") : r.hasTarget() ? l.suppressed() : none));
        }
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "集中轮训和各类培训班", "Appendix: rotation training and classes, "
                        + period),
                l.t("人次为出席和补学的记录数，参训人数为不重复的人数；对象中参训为对象中至少参训一次的人数及比例。"
                                + "对象或参训人数不足" + l.minCellSize() + "人的项目只列班次。",
                        "Attendances: present and make-up rows; people: distinct persons; audience reached: "
                                + "persons of the audience trained at least once. Programmes with fewer than "
                                + l.minCellSize() + " in the audience (or trained) show only the sessions held."),
                List.of(l.t("培训项目", "Programme"), l.t("班次", "Sessions"), l.t("人次", "Attendances"),
                        l.t("参训人数", "People"), l.t("培训对象", "Audience"), l.t("对象人数", "Audience size"),
                        l.t("对象中参训", "Audience reached")), out,
                new float[] {1.8f, 0.8f, 1.1f, 0.9f, 1.4f, 1f, 1.4f}));
    }
}

package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.TrainingMixRow;
import cn.jgdj.dashboards.datasets.ReportQuestionsData;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Appendix: each group's members and the share of its hours by form, with the share of members reached online. */
public final class TrainingFormMixTable implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        List<List<String>> rows = new ArrayList<>();
        for (String dimension : TrainingFormMix.DIMENSIONS) {
            Map<String, List<TrainingMixRow>> byGroup = new LinkedHashMap<>();
            ReportQuestionsData.mix(ctx.tables().report().trainingMix().rows(), ctx.period(), dimension)
                    .forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
            for (List<TrainingMixRow> forms : byGroup.values()) {
                TrainingMixRow first = forms.get(0);
                List<String> row = new ArrayList<>(List.of(TrainingFormMix.groupLabel(l, first)));
                if (first.suppressed()) {
                    row.add(l.t("不足" + l.minCellSize() + "人", "under " + l.minCellSize()));
                    TrainingMix.FORMS.forEach(f -> row.add("—"));
                } else {
                    row.add(Long.toString(first.members()));
                    for (String f : TrainingMix.FORMS) {
                        row.add(forms.stream().filter(r -> r.form().equals(f)).findFirst()
                                .map(r -> Double.isNaN(r.hoursShare()) ? "—" : l.percent(r.hoursShare())).orElse("—"));
                    }
                }
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = new ArrayList<>(List.of(l.t("群体", "Group"), l.t("应训党员", "Members")));
        TrainingMix.FORMS.forEach(f -> header.add(ReportQuestionsData.form(l, f)));
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "各群体学时的培训形式构成", "Appendix: hours by training form, "
                        + period),
                l.t("各形式学时占该群体全年学时的比例；线上学习含线上举办的活动和计入学时的平台学习。",
                        "Each form's share of the group's hours in the year; online includes events held online and "
                                + "credited platform study."),
                header, rows, new float[] {2f, 1f, 1f, 1f, 1f, 1f, 1f}));
    }
}

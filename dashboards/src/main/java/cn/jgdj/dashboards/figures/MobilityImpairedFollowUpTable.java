package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.CoverageRow;
import cn.jgdj.schemas.Period;
import cn.jgdj.dashboards.data.TrainingMixRow;
import cn.jgdj.dashboards.datasets.ReportQuestionsData;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Appendix: mobility-impaired members quarter by quarter — with hours, without any, attained — and how they studied. */
public final class MobilityImpairedFollowUpTable implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        List<CoverageRow> coverage = ctx.tables().coverage().rows();
        List<List<String>> rows = new ArrayList<>();
        String none = "—";
        for (Period q : ctx.period().quarters()) {
            Optional<CoverageRow> imp = MobilityImpairedFollowUp.at(coverage, q, MobilityImpairedFollowUp.IMPAIRED);
            Optional<CoverageRow> oth = MobilityImpairedFollowUp.at(coverage, q, MobilityImpairedFollowUp.OTHERS);
            if (imp.isEmpty()) {
                continue;
            }
            CoverageRow r = imp.get();
            String quarter = l.t("截至" + q.index() + "季度末", "To Q" + q.index());
            if (r.suppressed()) {
                rows.add(List.of(quarter, l.t("不足" + l.minCellSize() + "人", "under " + l.minCellSize()), none, none,
                        none, none));
                continue;
            }
            rows.add(List.of(quarter, Long.toString(r.eligible()), Long.toString(r.reached()),
                    Long.toString(r.eligible() - r.reached()), r.attained() + l.t("（", " (")
                            + l.percent(r.attainmentRate()) + l.t("）", ")"),
                    oth.filter(o -> !o.suppressed()).map(o -> l.percent(o.attainmentRate())).orElse(none)));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<TrainingMixRow> mix = ReportQuestionsData.mix(ctx.tables().report().trainingMix().rows(), ctx.period(),
                Dimensions.MOBILITY_IMPAIRED).stream().filter(r -> r.group().equals(MobilityImpairedFollowUp.IMPAIRED)
                && !r.suppressed() && !Double.isNaN(r.hoursShare()) && r.hoursShare() > 0).toList();
        String forms = mix.stream().map(r -> ReportQuestionsData.form(l, r.form()) + l.percent(r.hoursShare()))
                .collect(Collectors.joining(l.t("、", ", ")));
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "行动不便党员学习跟进", "Appendix: follow-up of mobility-impaired "
                        + "members, " + period),
                l.t("年内累计到各季度末。未参训为尚无任何学时记录的行动不便党员，宜优先送学上门。"
                                + (forms.isEmpty() ? "" : "全年学时构成：" + forms + "。"),
                        "Year to date at each quarter end. Without hours: mobility-impaired members with no hours yet, "
                                + "first in line for study brought home."
                                + (forms.isEmpty() ? "" : " Hours of the year by form: " + forms + ".")),
                List.of(l.t("时点", "Point"), l.t("行动不便应训党员", "Mobility-impaired"), l.t("已参训", "With hours"),
                        l.t("未参训", "Without hours"), l.t("达到全年要求", "Attained"),
                        l.t("其他党员达标率", "Others' attainment")), rows, new float[] {1.4f, 1.3f, 1f, 1f, 1.4f, 1.3f}));
    }
}

package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.data.BranchComplianceRow;
import cn.jgdj.dashboards.datasets.CadenceShortfall;
import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import cn.jgdj.dashboards.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Appendix: branches that missed the 三会一课 cadence in all four quarters, and the meeting types short each quarter. */
public final class BranchesFailingEveryQuarter implements Appendix {
    @Override
    public List<TablePage> build(PackContext ctx) {
        Labels l = ctx.labels();
        if (ctx.tables().branchCompliance().rows().stream().noneMatch(r -> ctx.period().quarters().contains(r.period()))) {
            return List.of();
        }
        var failing = CadenceShortfall.failingEveryQuarter(ctx.tables().branchCompliance().rows(), ctx.period());
        List<List<String>> rows = new ArrayList<>();
        failing.forEach((branch, quarters) -> {
            List<String> row = new ArrayList<>(List.of(branch, l.unit(quarters.get(0).unitId())));
            for (BranchComplianceRow q : quarters) {
                List<String> shortTypes = CadenceShortfall.shortTypes(q);
                row.add(shortTypes.isEmpty() ? l.t("月度会议未逐月召开", "monthly meetings not every month")
                        : shortTypes.stream().map(l::eventType).collect(Collectors.joining(l.t("、", ", "))));
            }
            rows.add(row);
        });
        // Listed by unit name (pinyin, as every unit list), then branch: a reader finds a unit's branches together.
        rows.sort(java.util.Comparator.comparing((List<String> r) -> r.get(1), cn.jgdj.dashboards.text.NaturalOrder.INSTANCE)
                .thenComparing(r -> r.get(0), cn.jgdj.dashboards.text.NaturalOrder.INSTANCE));
        String period = l.period(ctx.period());
        return List.of(new TablePage(l.t("附表：" + period + "四个季度均未落实“三会一课”制度的支部", "Appendix: branches short of "
                + "the meeting cadence in every quarter of " + period),
                rows.isEmpty() ? l.t("没有四个季度均未落实制度的支部。", "No branch missed the cadence in every quarter.")
                        : l.t("共" + rows.size() + "个支部；各季度列出未达最低次数的会议类型，建议开展督导检查。",
                        rows.size() + " branches; each quarter names the meeting types held too rarely; a supervisory "
                                + "visit is suggested."),
                List.of(l.t("支部编号", "Branch"), l.t("单位", "Unit"), l.t("第1季度", "Q1"), l.t("第2季度", "Q2"),
                        l.t("第3季度", "Q3"), l.t("第4季度", "Q4")), rows));
    }
}

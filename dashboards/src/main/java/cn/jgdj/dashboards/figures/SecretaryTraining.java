package cn.jgdj.dashboards.figures;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.GroupedBarChart;
import cn.jgdj.dashboards.charts.ItemLabels;
import cn.jgdj.dashboards.data.SecretaryRow;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.page.Figure;
import cn.jgdj.dashboards.page.PackChart;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.schemas.indicators.Dimensions;
import java.util.List;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** 书记培训: the county's and each unit type's secretary training rate, with the overdue count in the label. */
public final class SecretaryTraining implements Figure {
    @Override
    public String id() {
        return "secretary_training";
    }

    @Override
    public List<PackChart> build(PackContext ctx) {
        Table<SecretaryRow> t = ctx.tables().acting().secretaries();
        List<SecretaryRow> rows = t.rows().stream().filter(r -> r.period().equals(ctx.period())
                && (Dimensions.ALL.equals(r.dimension()) || Dimensions.UNIT_TYPE.equals(r.dimension()))).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ItemLabels labels = new ItemLabels();
        String series = ctx.t("本年参加轮训或书记班的书记占比", "Secretaries trained this year");
        long total = 0;
        for (SecretaryRow r : rows) {
            String name = Dimensions.ALL.equals(r.dimension()) ? ctx.t("全县", "County")
                    : ctx.labels().group(r.dimension(), r.group());
            String category = name + ctx.t("（逾期未训新任 " + r.overdue() + " 人）",
                    " (" + r.overdue() + " new overdue)");
            if (Dimensions.ALL.equals(r.dimension())) {
                total = r.secretaries();
            }
            if (r.suppressed()) {
                category = name + "（" + ctx.labels().suppressed() + "）";
                data.addValue(null, series, category);
                continue;
            }
            data.addValue(r.trainedRate(), series, category);
            labels.put(series, category, ctx.labels().percent(r.trainedRate()));
        }
        String title = ctx.t(ctx.labels().period(ctx.period()) + "支部书记培训率与逾期未训新任书记",
                "Secretary training rate and overdue new secretaries, " + ctx.labels().period(ctx.period()));
        ChartText text = ctx.text(title, t, ctx.t("书记 " + total + " 人", total + " secretaries"), ctx.period())
                .withAxes(ctx.t("全县及单位类型", "County and unit type"), ctx.t("培训率（%）", "Trained (%)"));
        int window = ctx.credit().secretaryTrainingWindowMonths();
        return List.of(PackChart.standard(id(), title, ctx.t(
                "每名支部书记每年应参加集中轮训或书记培训班；新任书记（首次任书记）应在规定期限内（" + window + "个月）参训，"
                        + "期限已过仍未参训为逾期。人数不足最小单元的类型不显示。",
                "Every branch secretary should attend rotation training or a secretaries' class each year; a new "
                        + "secretary within the set window (" + window + " months), after which they are overdue. Types "
                        + "under the minimum cell size are not shown."),
                GroupedBarChart.create(data, text, ctx.theme(), new GroupedBarChart.Options(
                        PlotOrientation.HORIZONTAL, true, List.of(), labels))));
    }
}

package cn.jgdj.dashboards.page;

import cn.jgdj.dashboards.charts.ChartText;
import cn.jgdj.dashboards.charts.ChartTheme;
import cn.jgdj.dashboards.data.IndicatorTables;
import cn.jgdj.schemas.AttentionRules;
import cn.jgdj.schemas.CreditRules;
import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.RequirementHours;
import cn.jgdj.dashboards.data.Table;
import cn.jgdj.dashboards.text.Labels;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What every figure of a pack needs: the tables, the period, the words, the theme, the source facts, the
 * rules-file thresholds of the units needing attention and the 学时 rules of the period's year.
 */
public record PackContext(IndicatorTables tables, Period period, Labels labels, ChartTheme theme, LocalDate asOf,
                          String runId, AttentionRules attention, CreditRules credit) {

    /** A context with the built-in 学时 rules. */
    public PackContext(IndicatorTables tables, Period period, Labels labels, ChartTheme theme, LocalDate asOf,
                       String runId, AttentionRules attention) {
        this(tables, period, labels, theme, asOf, runId, attention, CreditRules.DEFAULT);
    }

    /** A context with the built-in attention rules. */
    public PackContext(IndicatorTables tables, Period period, Labels labels, ChartTheme theme, LocalDate asOf,
                       String runId) {
        this(tables, period, labels, theme, asOf, runId, AttentionRules.DEFAULT);
    }

    /** The same context under other attention rules. */
    public PackContext withAttention(AttentionRules rules) {
        return new PackContext(tables, period, labels, theme, asOf, runId, rules, credit);
    }

    /** The same context under other 学时 rules. */
    public PackContext withCredit(CreditRules rules) {
        return new PackContext(tables, period, labels, theme, asOf, runId, attention, rules);
    }

    /** The same context under other 学时 requirements, the other 学时 rules kept. */
    public PackContext withRequirements(RequirementHours hours) {
        return withCredit(credit.withRequirements(hours));
    }

    /** The 学时 requirements of the period's year. */
    public RequirementHours requirements() {
        return credit.requirements();
    }

    public String t(String zh, String en) {
        return labels.t(zh, en);
    }

    /** The source line under a chart: data as-of, run, n and the table it comes from. */
    public String source(Table<?> table, String n) {
        return source(table.fileName(), n);
    }

    /** The source line for a chart drawn from several files. */
    public String source(String files, String n) {
        StringBuilder sb = new StringBuilder();
        sb.append(t("数据截至 ", "Data as of ")).append(asOf);
        if (runId != null && !runId.isBlank()) {
            sb.append(t(" · 运行 ", " · run ")).append(runId);
        }
        if (n != null) {
            sb.append(" · ").append(n);
        }
        sb.append(t(" · 来源：", " · source: ")).append(files);
        return sb.toString();
    }

    /** The no-data message: the file is missing, or it has no rows for the period. */
    public String noData(Table<?> table, Period p) {
        if (!table.present()) {
            return t("无数据：未找到 " + table.fileName(), "No data: " + table.fileName() + " not found");
        }
        return t("无数据：" + table.fileName() + " 中没有" + labels.period(p) + "的记录",
                "No data: " + table.fileName() + " has no rows for " + labels.period(p));
    }

    /** The no-data message when the table is there but has no rows of one dimension for the period. */
    public String noData(Table<?> table, Period p, String dimension) {
        if (!table.present() || table.isEmpty()) {
            return noData(table, p);
        }
        return t("无数据：" + table.fileName() + " 中没有" + labels.period(p) + "按" + labels.dimension(dimension) + "分组的记录",
                "No data: " + table.fileName() + " has no rows by " + labels.dimension(dimension).toLowerCase(Locale.ROOT)
                        + " for " + labels.period(p));
    }

    /** Chart words with the source line and no-data message for a table. */
    public ChartText text(String title, Table<?> table, String n, Period p) {
        return new ChartText(title, null, null, null, source(table, n), noData(table, p));
    }

    /** "n = 1,234 名应训党员" / "n = 1,234 eligible members". */
    public String eligibleN(long n) {
        return t(String.format(Locale.ROOT, "n = %,d 名应训党员", n), String.format(Locale.ROOT,
                "n = %,d eligible members", n));
    }
}

package cn.jgdj.dashboards.findings;

import cn.jgdj.dashboards.page.Appendix;
import cn.jgdj.dashboards.page.PackContext;
import cn.jgdj.dashboards.page.TablePage;
import java.util.List;

/**
 * Appendix: every unit needing attention with its reasons and actions, the same list the summary page heads.
 * The committee pack always prints it; the other packs only when the summary page's 重点关注 table does not hold
 * the whole list.
 */
public final class UnitsNeedingAttentionTable implements Appendix {
    private final boolean always;

    private UnitsNeedingAttentionTable(boolean always) {
        this.always = always;
    }

    /** Printed whenever some unit needs attention (the committee's own list). */
    public static UnitsNeedingAttentionTable always() {
        return new UnitsNeedingAttentionTable(true);
    }

    /** Printed only when the summary page shows part of the list. */
    public static UnitsNeedingAttentionTable whenSummaryIsShort() {
        return new UnitsNeedingAttentionTable(false);
    }

    @Override
    public List<TablePage> build(PackContext ctx) {
        Texts x = Texts.of(ctx.labels().lang());
        List<UnitAttention> units = UnitsNeedingAttention.of(ctx, x);
        if (units.isEmpty() || (!always && Findings.summaryHoldsAll(units, ctx.attention()))) {
            return List.of();
        }
        TablePage t = Findings.unitsTable(units, x, ctx.labels());
        return List.of(new TablePage(x.get("units.appendix.title", "period", ctx.labels().period(ctx.period())),
                x.get("units.appendix.note", "count", units.size(), "focus",
                units.stream().filter(UnitAttention::isFocus).count()), t.header(), t.rows(), t.widths()));
    }
}

package cn.jgdj.dashboards.findings;

import java.util.List;

/**
 * A unit needing attention: why (one sentence per reason), what to do (one action per reason, deduplicated), the
 * number of areas it is below threshold in, and the 重点关注 rules it meets, each in plain words (empty: not a
 * focus unit).
 */
public record UnitAttention(String unitId, String unit, List<Reason> reasons, List<String> actions, int areas,
                            List<String> focus) {

    /** One reason: its code (the texts key after "reason.") and its sentence. */
    public record Reason(String code, String text) {
    }

    public UnitAttention {
        reasons = List.copyOf(reasons);
        actions = List.copyOf(actions);
        focus = List.copyOf(focus);
    }

    /** Whether the unit goes on the summary page's 重点关注 list. */
    public boolean isFocus() {
        return !focus.isEmpty();
    }
}

package cn.jgdj.dashboards.findings;

import java.util.List;

/** A unit needing attention: why (one sentence per reason) and what to do (one action per reason, deduplicated). */
public record UnitAttention(String unitId, String unit, List<Reason> reasons, List<String> actions) {

    /** One reason: its code (the texts key after "reason.") and its sentence. */
    public record Reason(String code, String text) {
    }

    public UnitAttention {
        reasons = List.copyOf(reasons);
        actions = List.copyOf(actions);
    }
}

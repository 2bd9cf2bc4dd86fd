package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.*;

import cn.jgdj.schemas.Period;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.BranchCompliance;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of branch_compliance: meetings a branch held per cadence type in a quarter, and whether it complied
 * (false while the quarter is in progress on the as-of day, where the table leaves compliant empty; packs review
 * complete periods only).
 */
public record BranchComplianceRow(Period period, String branchId, String unitId, Map<String, Long> heldByType,
                                  boolean compliant) {

    static BranchComplianceRow read(RowReader r) {
        Map<String, Long> held = new LinkedHashMap<>();
        for (String type : Codes.CADENCE_TYPES) {
            held.put(type, r.count(type, false));
        }
        return new BranchComplianceRow(r.period(PERIOD), r.text(BranchCompliance.BRANCH_ID), r.text(UNIT_ID),
                Map.copyOf(held), !r.text(BranchCompliance.COMPLIANT).isEmpty() && r.bool(BranchCompliance.COMPLIANT));
    }
}

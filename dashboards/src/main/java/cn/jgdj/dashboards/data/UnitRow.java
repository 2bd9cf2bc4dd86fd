package cn.jgdj.dashboards.data;

import static cn.jgdj.schemas.indicators.Indicators.UNIT_ID;

import cn.jgdj.schemas.indicators.Indicators.UnitDirectory;

/** One row of the unit directory: the name a pack prints for a unit id. */
public record UnitRow(String unitId, String unitName, String unitType) {

    static UnitRow read(RowReader r) {
        return new UnitRow(r.text(UNIT_ID), r.text(UnitDirectory.UNIT_NAME), r.text(UnitDirectory.UNIT_TYPE));
    }
}

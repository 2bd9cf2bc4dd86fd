package cn.jgdj.generator;

import java.util.List;
import java.util.Map;

/**
 * A member group the generator deliberately under-serves: dimension and group as in
 * {@link cn.jgdj.schemas.indicators.Dimensions} (a unit group is its unit_id, flags are "true"/"false"), the
 * affected outcomes ({@link cn.jgdj.schemas.indicators.Indicators.UnderServed#OUTCOMES}), a readable description
 * of the effect, and the approximate gap in percentage points per outcome against a county at baseline.
 */
public record PlantedGroup(String dimension, String group, List<String> indicators, String effect,
                           Map<String, Integer> expectedGapPp) {
}

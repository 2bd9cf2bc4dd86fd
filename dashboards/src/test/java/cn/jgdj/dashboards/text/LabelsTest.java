package cn.jgdj.dashboards.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import org.junit.jupiter.api.Test;

/** Labels takes both languages' words from the schemas' code tables; ids outside a table show as themselves. */
class LabelsTest {
    private final Labels zh = new Labels(Lang.ZH);
    private final Labels en = new Labels(Lang.EN);

    @Test
    void codesInBothLanguages() {
        assertEquals("女", zh.group(Dimensions.GENDER, "F"));
        assertEquals("Female", en.group(Dimensions.GENDER, "F"));
        assertEquals("36–45岁", zh.group(Dimensions.AGE_BAND, "36-45"));
        assertEquals("56 or over", en.group(Dimensions.AGE_BAND, ">=56"));
        assertEquals("集中轮训", zh.eventType("rotation_training"));
        assertEquals("Themed lecture", en.eventType("special_lecture"));
        assertEquals("Dengta", en.platform("dengta"));
        assertEquals("职务类别", zh.dimension(Dimensions.ROLE));
        assertEquals("Unit type", en.dimension(Dimensions.UNIT_TYPE));
        assertEquals("Role: Leading cadre", en.dimensionGroup(Dimensions.ROLE, "leader"));
        assertEquals("季度学习平台活跃率", zh.indicator(Trends.PLATFORM_ACTIVE_RATE));
        assertEquals("Reach", en.indicator(UnderServed.REACH));
        assertEquals("学习平台", zh.dataset("platform_usage"));
        assertEquals("volunteer logs", en.dataset("volunteer_logs"));
    }

    @Test
    void unknownIdsShowAsThemselves() {
        assertEquals("X", en.group(Dimensions.GENDER, "X"));
        assertEquals("X", zh.group(Dimensions.GENDER, "X"));
        assertEquals("no_such", zh.indicator("no_such"));
        assertEquals("new set", en.dataset("new_set"));
        assertEquals("new_set", zh.dataset("new_set"));
    }
}

package cn.jgdj.dashboards.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void unitNumbersSortByValueNotByCharacter() {
        List<String> names = new ArrayList<>(List.of("县直单位第100号", "县直单位第10号", "县人民医院", "县直单位第9号",
                "县直单位第010号", "U0012", "U0002", "县直单位第10号分部"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("U0002", "U0012", "县人民医院", "县直单位第9号", "县直单位第010号", "县直单位第10号",
                "县直单位第10号分部", "县直单位第100号"), names);
    }

    @Test
    void unitNamesSortByPinyinNotByCodePoint() {
        // By hand: cai, fu, gong, jiao, ren, wei (委 wěi before 卫 wèi), zhong, zhu, zong.
        List<String> names = new ArrayList<>(List.of("县中医医院", "县人民医院", "县委办", "县总工会", "县卫健委",
                "县财政局", "县住建局", "县教育局", "县公安局", "县妇联"));
        names.sort(NaturalOrder.INSTANCE);
        assertEquals(List.of("县财政局", "县妇联", "县公安局", "县教育局", "县人民医院", "县委办", "县卫健委", "县中医医院",
                "县住建局", "县总工会"), names);
        // Code-point order, which this replaces, would have put 县中医医院 before 县人民医院.
        assertEquals(-1, Integer.signum("县中医医院".compareTo("县人民医院")));
    }

    @Test
    void numbersInsideChineseNamesStillSortByValue() {
        List<String> names = new ArrayList<>(List.of("第二党支部", "第10党支部", "第9党支部", "机关第1支部", "第一党支部"));
        names.sort(NaturalOrder.INSTANCE);
        // Digits first, then 第二 (di er) before 第一 (di yi) by pinyin; 机关 (ji) after 第 (di).
        assertEquals(List.of("第9党支部", "第10党支部", "第二党支部", "第一党支部", "机关第1支部"), names);
    }
}

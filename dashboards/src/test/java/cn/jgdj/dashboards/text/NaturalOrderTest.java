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
}

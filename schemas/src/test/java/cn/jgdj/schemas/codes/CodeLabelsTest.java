package cn.jgdj.schemas.codes;

import static cn.jgdj.schemas.codes.CodeTable.en;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators.Trends;
import cn.jgdj.schemas.indicators.Indicators.UnderServed;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingMix;
import cn.jgdj.schemas.indicators.ReportQuestions.TrainingReach;
import cn.jgdj.schemas.quality.ReasonCode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every code of every table carries an English and a Chinese label, declared beside the code. */
class CodeLabelsTest {

    static Stream<Arguments> tables() {
        return Stream.of(Codes.GENDER, Codes.EDUCATION, Codes.MEMBER_TYPE, Codes.ROLE, Codes.EVENT_TYPE, Codes.STATUS,
                        Codes.MODE, Codes.AUDIENCE, Codes.UNIT_TYPE, Codes.PLATFORM, Codes.THEME, Codes.VENUE_KIND,
                        Codes.BOOLEAN, Dimensions.LABELS, Dimensions.AGE_BAND_LABELS, Datasets.LABELS,
                        Trends.HEADLINE_LABELS, UnderServed.OUTCOME_LABELS, TrainingReach.PROGRAM_LABELS,
                        TrainingMix.FORM_LABELS)
                .map(t -> Arguments.of(t.name(), t));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyCodeHasBothLabels(String name, CodeTable table) {
        assertFalse(table.ids().isEmpty(), name);
        for (String id : table.ids()) {
            assertFalse(table.english(id).isBlank(), name + "." + id + " English");
            assertFalse(table.chinese(id).isBlank(), name + "." + id + " Chinese");
            assertTrue(table.chinese(id).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) || table.chinese(id).matches("[0-9–岁<>=]+"),
                    name + "." + id + " Chinese label has no Chinese: " + table.chinese(id));
        }
    }

    @Test
    void labelledListsCoverTheirCodes() {
        assertEquals(Dimensions.ORDER, Dimensions.LABELS.ids());
        assertEquals(List.of("<=35", "36-45", "46-55", ">=56"), Dimensions.AGE_BANDS);
        assertEquals(Trends.HEADLINES, Trends.HEADLINE_LABELS.ids());
        assertEquals(UnderServed.OUTCOMES, UnderServed.OUTCOME_LABELS.ids());
        assertEquals(TrainingReach.PROGRAMS, TrainingReach.PROGRAM_LABELS.ids());
        assertEquals(TrainingMix.FORMS, TrainingMix.FORM_LABELS.ids());
        assertEquals(Datasets.ALL.stream().map(d -> d.name()).toList(), Datasets.LABELS.ids());
    }

    @Test
    void reasonCodesHaveBothLabels() {
        for (ReasonCode code : ReasonCode.values()) {
            assertFalse(code.english().isBlank(), code.name());
            assertFalse(code.chinese().isBlank(), code.name());
        }
    }

    @Test
    void labelsAreNotWordsExportsUse() {
        CodeTable table = CodeTable.named("t").code("a", en("Alpha"), "甲", "甲方").build();
        assertEquals("Alpha", table.english("a"));
        assertEquals("甲", table.chinese("a"));
        assertEquals(Optional.of("a"), table.lookup("甲方"));
        assertEquals(Optional.empty(), table.lookup("Alpha"));
        assertEquals("Male", Codes.GENDER.english("M"));
        assertEquals("男", Codes.GENDER.chinese("M"));
        assertThrows(IllegalArgumentException.class, () -> table.english("b"));
    }

    @Test
    void aCodeWithoutItsChineseLabelOrDeclaredTwiceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CodeTable.named("t").code("a", en("Alpha")));
        assertThrows(IllegalArgumentException.class, () -> CodeTable.named("t").code("a", en("Alpha"), "甲")
                .code("a", en("A"), "乙"));
        assertThrows(IllegalArgumentException.class, () -> en(" "));
    }
}

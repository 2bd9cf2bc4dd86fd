package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkOrderTest {

    @Test
    void nullsFirstThenUtf8BytesUnsigned() {
        // U+FF21 (fullwidth A) is 3 UTF-8 bytes EF BC A1; U+20000 is F0 A0 80 80, so Spark puts it last, while
        // Java's UTF-16 order (D840 DC00 against FF21) would put it before U+FF21.
        List<String> values = new ArrayList<>(Arrays.asList("\uFF21", "U0002", "\uD840\uDC00", null, "U0001", "u",
                "县"));
        values.sort(SparkOrder.STRINGS);
        assertEquals(Arrays.asList(null, "U0001", "U0002", "u", "县", "\uFF21", "\uD840\uDC00"), values);
    }
}

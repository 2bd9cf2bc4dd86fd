package cn.jgdj.jobs.effectiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The panel's content order: the estimator adds members in the same order whatever order Spark returned them in. */
class PanelMemberTest {

    @Test
    void contentOrderIsTheSameWhateverTheArrivalOrder() {
        List<PanelMember> expected = List.of(
                GroupTimeEffectsTest.member("b1", "ordinary", 1, 1, 2, 3),
                GroupTimeEffectsTest.member("b1", "ordinary", 1, 1, 2, Double.NaN),
                GroupTimeEffectsTest.member("b1", "ordinary", 2, 0, 0, 0),
                GroupTimeEffectsTest.member("b1", "secretary", PanelMember.NEVER, 9, 9, 9),
                GroupTimeEffectsTest.member("b2", "ordinary", PanelMember.NEVER, 0, 1, 0),
                GroupTimeEffectsTest.member("b2", "ordinary", PanelMember.NEVER, 0, 1, 1));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<PanelMember> arrived = new ArrayList<>(expected);
            Collections.shuffle(arrived, random);
            arrived.sort(PanelMember.CONTENT_ORDER);
            for (int m = 0; m < expected.size(); m++) {
                assertSame(expected.get(m), arrived.get(m), "position " + m + " after shuffle " + i);
            }
        }
        assertEquals(0, PanelMember.CONTENT_ORDER.compare(GroupTimeEffectsTest.member("b1", "ordinary", 1, 1, 2),
                GroupTimeEffectsTest.member("b1", "ordinary", 1, 1, 2)));
    }
}

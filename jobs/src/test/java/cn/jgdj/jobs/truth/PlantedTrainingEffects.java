package cn.jgdj.jobs.truth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.Effectiveness;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * truth.json's training_effects (a program, an outcome, the planted effect over months +1 … +3) checked against
 * the effectiveness table: the planted effect inside the overall interval, and for a program planted with none,
 * an interval covering zero.
 */
final class PlantedTrainingEffects {
    record Planted(String program, String outcome, double att) {
    }

    private PlantedTrainingEffects() {
    }

    /** The planted effects with their expected overall effect in {@code year}. */
    static List<Planted> read(Path truthFile, int year) throws IOException {
        JsonNode root = new ObjectMapper().readTree(truthFile.toFile());
        List<Planted> out = new ArrayList<>();
        for (JsonNode e : root.path("training_effects")) {
            JsonNode att = e.path("expected_att").path(Integer.toString(year));
            if (!att.isNumber()) {
                throw new IllegalArgumentException(truthFile + ": no expected_att for " + year + " in " + e);
            }
            out.add(new Planted(e.path("program").asText(), e.path("outcome").asText(), att.asDouble()));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(truthFile + " lacks training_effects");
        }
        return out;
    }

    /** Asserts every planted effect is recovered by the table's overall row for all members; returns the log. */
    static String check(List<Planted> planted, List<Row> effectiveness) {
        StringBuilder log = new StringBuilder();
        boolean sawZero = false;
        boolean sawEffect = false;
        for (Planted p : planted) {
            Row overall = effectiveness.stream().filter(r -> p.program().equals(r.getAs(Effectiveness.PROGRAM))
                    && p.outcome().equals(r.getAs(Effectiveness.OUTCOME))
                    && Dimensions.ALL.equals(r.getAs(Indicators.DIMENSION))
                    && Effectiveness.OVERALL.equals(r.getAs(Effectiveness.EVENT_TIME))).findFirst()
                    .orElseThrow(() -> new AssertionError("no overall row for " + p));
            String line = p + ": att=" + overall.getAs(Effectiveness.ATT) + " [" + overall.getAs(Effectiveness.CI_LOW)
                    + ", " + overall.getAs(Effectiveness.CI_HIGH) + "] treated=" + overall.getAs(Effectiveness.TREATED)
                    + " comparison=" + overall.getAs(Effectiveness.COMPARISON);
            log.append(line).append('\n');
            assertFalse(overall.<Boolean>getAs(Indicators.SUPPRESSED), line);
            double low = overall.<Double>getAs(Effectiveness.CI_LOW);
            double high = overall.<Double>getAs(Effectiveness.CI_HIGH);
            assertTrue(low <= p.att() && p.att() <= high, "planted effect outside the interval: " + line);
            if (p.att() == 0) {
                sawZero = true;
            } else {
                sawEffect = true;
                assertTrue(low > 0, "a planted effect should be detected (interval above zero): " + line);
            }
        }
        assertTrue(sawZero && sawEffect, "truth.json should plant one effect and one program without");
        return log.toString();
    }
}

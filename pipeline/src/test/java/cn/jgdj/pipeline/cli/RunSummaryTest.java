package cn.jgdj.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    private static final String HEADER = "period,unit_id,check,count,unit_rows,share,threshold,exceeds,needs_review\n";

    @Test
    void namesTheUnitsNeedingReviewWithTheirQuartersAndChecks() {
        String csv = HEADER
                + "2025Q1,U1,set_aside,2,10,0.2,0.05,true,true\n"
                + "2025Q1,U1,assumed_roster,0,10,0.0,0.02,false,true\n"
                + "2025Q1,U1,set_aside:UNKNOWN_EVENT,2,10,0.2,0.05,true,true\n"
                + "2025Q1,U2,set_aside,0,40,0.0,0.05,false,false\n"
                + "2025Q1,U2,assumed_roster,0,40,0.0,0.02,false,false\n"
                + "2025Q2,U1,assumed_roster,1,10,0.1,0.02,true,true\n"
                + "2025Q2,'=U3,superseded,3,20,0.15,0.1,true,true\n";
        // U1: set_aside is over only through its reason's rows, so the reason is named instead of the total.
        assertEquals(List.of(
                "Units needing review (data quality, 2 of 3 units; out/indicators/data_quality.csv):",
                "  =U3 in 2025Q2: superseded",
                "  U1 in 2025Q1, 2025Q2: assumed_roster, set_aside:UNKNOWN_EVENT"),
                RunSummary.reviewUnits(csv, "out/indicators/data_quality.csv"));
    }

    @Test
    void saysSoWhenNoUnitNeedsReview() {
        assertEquals(List.of("Data quality: no unit needs review (dq.csv)."),
                RunSummary.reviewUnits(HEADER + "2025Q1,U2,set_aside,0,40,0.0,0.05,false,false\n", "dq.csv"));
    }
}

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
        // U1 (two flagged quarters) before =U3 (one). U1: set_aside is over only through its reason's rows, so the reason is named instead of the total.
        assertEquals(List.of(
                "Units needing review (data quality, 2 of 3 units; out/indicators/data_quality.csv):",
                "  U1 in 2025Q1, 2025Q2: assumed_roster, set_aside:UNKNOWN_EVENT",
                "  =U3 in 2025Q2: superseded"),
                RunSummary.reviewUnits(csv, "out/indicators/data_quality.csv"));
    }

    @Test
    void saysSoWhenNoUnitNeedsReview() {
        assertEquals(List.of("Data quality: no unit needs review (dq.csv)."),
                RunSummary.reviewUnits(HEADER + "2025Q1,U2,set_aside,0,40,0.0,0.05,false,false\n", "dq.csv"));
    }

    @Test
    void listsTheTenMostFlaggedUnitsAndCountsTheRest() {
        StringBuilder csv = new StringBuilder(HEADER);
        // U01..U12 flagged in one quarter each; U07 in two more, U11 in one more: they lead, then unit order.
        for (int i = 1; i <= 12; i++) {
            csv.append(String.format("2025Q1,U%02d,superseded,1,10,0.1,0.1,true,true\n", i));
        }
        csv.append("2025Q2,U07,superseded,1,10,0.1,0.1,true,true\n")
                .append("2025Q3,U07,superseded,1,10,0.1,0.1,true,true\n")
                .append("2025Q2,U11,superseded,1,10,0.1,0.1,true,true\n")
                .append("2025Q1,U13,superseded,0,10,0.0,0.1,false,false\n");
        assertEquals(List.of(
                "Units needing review (data quality, 12 of 13 units, most flagged quarters first; dq.csv):",
                "  U07 in 2025Q1, 2025Q2, 2025Q3: superseded",
                "  U11 in 2025Q1, 2025Q2: superseded",
                "  U01 in 2025Q1: superseded",
                "  U02 in 2025Q1: superseded",
                "  U03 in 2025Q1: superseded",
                "  U04 in 2025Q1: superseded",
                "  U05 in 2025Q1: superseded",
                "  U06 in 2025Q1: superseded",
                "  U08 in 2025Q1: superseded",
                "  U09 in 2025Q1: superseded",
                "  ... and 2 more units needing review (dq.csv)"),
                RunSummary.reviewUnits(csv.toString(), "dq.csv"));
    }
}

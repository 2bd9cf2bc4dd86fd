package cn.jgdj.jobs.effectiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.testing.SparkSessionExtension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The panel of a hand-made county, January to June 2025 (months 0–5), every value worked out by hand.
 * <ul>
 * <li>mA: full, B1 (agency), all year. Platform: 5 Jan on both platforms (one day), 6 Jan with neither points nor
 * minutes (not active), 20 Jan, 31 Mar; 1 Jul (after the panel) and 31 Dec 2024 (another year) do not count.
 * Meetings: present at M1 and M2 (January), present at M4 (March). Volunteers twice in February (one month).
 * Training class in February (month 1) and again in May; a special lecture in August (after the panel) and an onsite
 * teaching in 2024 (another year) do not treat.</li>
 * <li>mB: B1 ordinary until 31 Mar, then B2 (institution) secretary: the last eligible month gives B2. Absent row at
 * M1, present at M2 (January 1/2), in M4's audience without a row (March 0/1), makeup at M3 (April 0/1: makeup is
 * not present). Volunteers in May. Training class by makeup in May (month 4).</li>
 * <li>mC: joins B1 on 15 Mar (eligible from month 2): platform on 20 Feb (before joining) does not count, 16 Mar
 * does. Present at M4. Treated by the February training class although not yet eligible (month 1).</li>
 * <li>mF: leaves on 10 Feb (eligible months 0–1): platform 5 Feb counts, 1 Mar does not; excused at M1 (0/1);
 * volunteers in April (not eligible: not counted); absent at the May training class (not treated).</li>
 * <li>mG: branch B3, whose unit is not in the units table: unit type unknown. Only an observer row at M2 (no
 * expected meeting: missing). Rotation training in June (month 5).</li>
 * <li>mH: probationary in B1 until 30 Apr, then exempt secretary in B2 (not counted): eligible months 0–3, the last
 * one's attributes are the probationary row's. In the audience of M1 and M4 without rows (0/1 each).</li>
 * <li>mD (exempt) and mE (candidate) are not in the panel, whatever they did.</li>
 * </ul>
 */
@ExtendWith(SparkSessionExtension.class)
class MemberMonthPanelTest {
    private static final double N = Double.NaN;
    private static final int NEVER = PanelMember.NEVER;

    @Test
    void everyMembersMonthsWorkedOutByHand(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark)
                .unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2").branch("B3", "U9");
        f.member("mA").add();
        f.member("mB").valid("2020-01-01", "2025-03-31").add();
        f.member("mB").branch("B2").role(Codes.SECRETARY).valid("2025-04-01", null).add();
        f.member("mC").valid("2025-03-15", null).add();
        f.member("mD").exempt().add();
        f.member("mE").type(Codes.CANDIDATE).add();
        f.member("mF").valid("2010-01-01", "2025-02-10").add();
        f.member("mG").branch("B3").add();
        f.member("mH").type(Codes.PROBATIONARY).valid("2024-05-01", "2025-04-30").add();
        f.member("mH").branch("B2").role(Codes.SECRETARY).exempt().valid("2025-05-01", null).add();

        f.usage("mA", "xuexi", "2025-01-05", 10, 0).usage("mA", "dengta", "2025-01-05", 0, 5)
                .usage("mA", "xuexi", "2025-01-06", 0, 0).usage("mA", "xuexi", "2025-01-20", 1, 0)
                .usage("mA", "dengta", "2025-03-31", 0, 3).usage("mA", "xuexi", "2025-07-01", 4, 4)
                .usage("mA", "xuexi", "2024-12-31", 4, 4)
                .usage("mC", "xuexi", "2025-02-20", 1, 1).usage("mC", "xuexi", "2025-03-16", 1, 1)
                .usage("mF", "xuexi", "2025-02-05", 1, 1).usage("mF", "xuexi", "2025-03-01", 1, 1)
                .usage("mD", "xuexi", "2025-01-05", 1, 1).usage("mE", "xuexi", "2025-01-05", 1, 1);

        f.volunteer("V1", "mA", "2025-02-03", "community", 2).volunteer("V2", "mA", "2025-02-28", "community", 1)
                .volunteer("V3", "mB", "2025-05-05", "community", 2).volunteer("V4", "mF", "2025-04-01", "community", 2)
                .volunteer("V5", "mC", "2024-03-20", "community", 2).volunteer("V6", "mD", "2025-01-05", "community", 2);

        List<Row> events = new ArrayList<>();
        events.add(event("M1", Codes.BRANCH_GENERAL_MEETING, "B1", "2025-01-15", Codes.AUDIENCE_BRANCH));
        events.add(event("M2", Codes.GROUP_MEETING, "B1", "2025-01-25", Codes.AUDIENCE_INVITED));
        events.add(event("M3", Codes.PARTY_LECTURE, "B2", "2025-04-10", Codes.AUDIENCE_BRANCH));
        events.add(event("M4", Codes.THEME_PARTY_DAY, "B1", "2025-03-20", Codes.AUDIENCE_BRANCH));
        events.add(event("M5", Codes.BRANCH_COMMITTEE_MEETING, "B1", "2025-07-02", Codes.AUDIENCE_BRANCH));
        events.add(event("T1", Codes.TRAINING_CLASS, null, "2025-02-12", Codes.AUDIENCE_INVITED));
        events.add(event("T2", Codes.TRAINING_CLASS, null, "2025-05-06", Codes.AUDIENCE_INVITED));
        events.add(event("R1", Codes.ROTATION_TRAINING, null, "2025-06-10", Codes.AUDIENCE_INVITED));
        events.add(event("S1", Codes.SPECIAL_LECTURE, null, "2025-08-01", Codes.AUDIENCE_INVITED));
        events.add(event("O1", Codes.ONSITE_TEACHING, null, "2024-11-01", Codes.AUDIENCE_INVITED));
        f.attend("M1", "mA", Codes.PRESENT, null, 2025).attend("M1", "mB", Codes.ABSENT, null, 2025)
                .attend("M1", "mF", Codes.EXCUSED, null, 2025)
                .attend("M2", "mA", Codes.PRESENT, null, 2025).attend("M2", "mB", Codes.PRESENT, null, 2025)
                .attend("M2", "mG", Codes.OBSERVER, null, 2025).attend("M2", "mE", Codes.PRESENT, null, 2025)
                .attend("M3", "mB", Codes.MAKEUP, null, 2025)
                .attend("M4", "mA", Codes.PRESENT, null, 2025).attend("M4", "mC", Codes.PRESENT, null, 2025)
                .attend("M5", "mA", Codes.PRESENT, null, 2025)
                .attend("T1", "mA", Codes.PRESENT, null, 2025).attend("T1", "mC", Codes.PRESENT, null, 2025)
                .attend("T1", "mD", Codes.PRESENT, null, 2025)
                .attend("T2", "mA", Codes.PRESENT, null, 2025).attend("T2", "mB", Codes.MAKEUP, null, 2025)
                .attend("T2", "mF", Codes.ABSENT, null, 2025)
                .attend("R1", "mG", Codes.PRESENT, null, 2025)
                .attend("S1", "mA", Codes.PRESENT, null, 2025)
                .attend("O1", "mA", Codes.PRESENT, null, 2024);

        PanelSpan span = new PanelSpan(2025, YearMonth.of(2025, 1), YearMonth.of(2025, 6));
        Dataset<Row> panel = MemberMonthPanel.panel(f.members(), f.branches(), f.units(),
                spark.createDataFrame(events, SparkSchemas.curated(Events.DEF)), f.attendance(), f.platformUsage(),
                f.volunteerLogs(), span, Rules.defaults());

        // Programs: rotation, training class, onsite, special lecture. Outcomes: platform days, meeting
        // attendance, volunteering; months January to June.
        List<PanelMember> expected = new ArrayList<>(List.of(
                member("B1", "agency", "ordinary", new int[] {NEVER, 1, NEVER, NEVER},
                        new double[] {2, 0, 1, 0, 0, 0}, new double[] {1, N, 1, N, N, N},
                        new double[] {0, 1, 0, 0, 0, 0}),
                member("B2", "institution", Codes.SECRETARY, new int[] {NEVER, 4, NEVER, NEVER},
                        new double[] {0, 0, 0, 0, 0, 0}, new double[] {0.5, N, 0, 0, N, N},
                        new double[] {0, 0, 0, 0, 1, 0}),
                member("B1", "agency", "ordinary", new int[] {NEVER, 1, NEVER, NEVER},
                        new double[] {N, N, 1, 0, 0, 0}, new double[] {N, N, 1, N, N, N},
                        new double[] {N, N, 0, 0, 0, 0}),
                member("B1", "agency", "ordinary", new int[] {NEVER, NEVER, NEVER, NEVER},
                        new double[] {0, 1, N, N, N, N}, new double[] {0, N, N, N, N, N},
                        new double[] {0, 0, N, N, N, N}),
                member("B3", "unknown", "ordinary", new int[] {5, NEVER, NEVER, NEVER},
                        new double[] {0, 0, 0, 0, 0, 0}, new double[] {N, N, N, N, N, N},
                        new double[] {0, 0, 0, 0, 0, 0}),
                member("B1", "agency", "ordinary", new int[] {NEVER, NEVER, NEVER, NEVER},
                        new double[] {0, 0, 0, 0, N, N}, new double[] {0, N, 0, N, N, N},
                        new double[] {0, 0, 0, 0, N, N})));
        expected.sort(PanelMember.CONTENT_ORDER);

        assertEquals(text(expected), text(MemberMonthPanel.collect(panel, span)));
    }

    private static Row event(String id, String type, String branch, String day, String audience) {
        LocalDateTime start = LocalDate.parse(day).atTime(9, 0);
        return RowFactory.create(id, type, "event " + id, "U1", branch, null, start, start.plusHours(2), null,
                "offline", audience, start.getYear());
    }

    private static PanelMember member(String branch, String unitType, String role, int[] first, double[] platform,
                                      double[] meetings, double[] volunteer) {
        return new PanelMember(branch, unitType, role, first, new double[][] {platform, meetings, volunteer});
    }

    private static List<String> text(List<PanelMember> members) {
        return members.stream().map(m -> m.branch() + "|" + m.unitType() + "|" + m.role() + "|"
                + Arrays.toString(m.firstTreated()) + "|" + Arrays.deepToString(m.outcomes())).toList();
    }
}

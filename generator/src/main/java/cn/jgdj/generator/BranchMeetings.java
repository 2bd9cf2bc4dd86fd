package cn.jgdj.generator;

import static cn.jgdj.schemas.codes.Codes.*;

import cn.jgdj.generator.EventsAndAttendance.Ev;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A branch's year of 三会一课 and theme party days on cadence, some branches lagging; attendance follows each. */
final class BranchMeetings {
    private final EventsAndAttendance w;

    BranchMeetings(EventsAndAttendance w) {
        this.w = w;
    }

    /** Writes this family's events of the writer's current year, each followed by its attendance rows. */
    void write(int b) throws IOException {
        SplittableRandom r = Rng.of(w.config.seed(), Rng.BRANCH_EVENTS, b, w.year);
        int unit = w.county.unitOfBranch(b);
        // A lagging branch skips a quarter of its required meetings; others almost never.
        double skip = r.nextDouble() < 0.12 ? 0.25 : 0.015;
        for (int q = 0; q < 4; q++) {
            if (r.nextDouble() >= skip) {
                int m = 1 + q * 3 + r.nextInt(3);
                int day = w.weekday(m, r);
                int start = r.nextBoolean() ? 14 * 60 + 30 : 9 * 60;
                Ev ev = w.event(r, BRANCH_GENERAL_MEETING, w.year + "年第" + ChineseText.numeral(q + 1) + "季度支部党员大会",
                        unit, b, -1, day, start, day, start + 120, Double.NaN, EventsAndAttendance.mode(r, 0.05, 0.05), "branch");
                w.branchAttendance(ev, b, r);
            }
            if (r.nextDouble() >= skip) {
                int m = 1 + q * 3 + r.nextInt(3);
                int day = w.weekday(m, r);
                int start = 15 * 60;
                int len = r.nextBoolean() ? 90 : 120;
                double credit = r.nextDouble() < 0.4 ? 2 : Double.NaN;
                Ev ev = w.event(r, PARTY_LECTURE, "专题党课：" + Rng.pick(r, ChineseText.TOPICS), unit, b, -1, day,
                        start, day, start + len, credit, EventsAndAttendance.mode(r, 0.1, 0.1), "branch");
                w.branchAttendance(ev, b, r);
            }
        }
        for (int m = 1; m <= 12; m++) {
            if (r.nextDouble() >= skip) {
                int day = w.weekday(m, r);
                int start = r.nextBoolean() ? 16 * 60 : 10 * 60;
                Ev ev = w.event(r, BRANCH_COMMITTEE_MEETING, m + "月支部委员会会议", unit, b, -1, day, start, day,
                        start + (r.nextBoolean() ? 60 : 90), Double.NaN, "offline", "invited");
                w.committeeAttendance(ev, b, r);
            }
            int groupMeetings = r.nextDouble() < skip ? 0 : r.nextDouble() < 0.05 ? 2 : 1;
            for (int k = 0; k < groupMeetings; k++) {
                int day = w.weekday(m, r);
                int start = r.nextDouble() < 0.8 ? 16 * 60 : 19 * 60 + 30;
                Ev ev = w.event(r, GROUP_MEETING, m + "月党小组学习会：" + Rng.pick(r, ChineseText.TOPICS), unit, b, -1,
                        day, start, day, start + 60, Double.NaN, EventsAndAttendance.mode(r, 0.08, 0.04), "branch");
                w.branchAttendance(ev, b, r);
            }
            if (r.nextDouble() >= skip) {
                themePartyDay(b, unit, m, r);
            }
        }
    }

    private void themePartyDay(int b, int unit, int m, SplittableRandom r) throws IOException {
        String title = m + "月主题党日：" + ChineseText.MONTH_THEMES[m - 1];
        double x = r.nextDouble();
        Ev ev;
        if (x < 0.015) {
            // An evening online study that runs past midnight.
            int day = w.dayIn(m, 1 + r.nextInt(25));
            ev = w.event(r, THEME_PARTY_DAY, title + "（夜学）", unit, b, -1, day, 21 * 60, day + 1, 30,
                    Double.NaN, "online", "branch");
        } else {
            int day = w.dayIn(m, 1 + r.nextInt(10));
            int start = x < 0.5 ? 9 * 60 : x < 0.8 ? 14 * 60 + 30 : 8 * 60 + 30;
            int len = x < 0.8 ? 150 : 210;
            ev = w.event(r, THEME_PARTY_DAY, title, unit, b, -1, day, start, day, start + len, Double.NaN,
                    EventsAndAttendance.mode(r, 0.05, 0.05), "branch");
        }
        w.branchAttendance(ev, b, r);
    }
}

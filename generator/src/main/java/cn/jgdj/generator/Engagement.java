package cn.jgdj.generator;

import cn.jgdj.schemas.indicators.Dimensions;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What each person does in each year, drawn once from the {@link UnderServedPlan}: engaged, lagging or missing
 * training (with an attendance probability), volunteering or not, and how much they use the platforms.
 * Compact arrays indexed person * years + yearIndex.
 */
final class Engagement {
    static final byte NONE = 0;
    static final byte ENGAGED = 1;
    static final byte LAGGING = 2;
    static final byte MISSED = 3;
    /** Not counted this year (exempt, or a candidate/activist): attends now and then, credit not tracked. */
    static final byte OUTSIDE = 4;

    static final byte NO_USE = 0;
    static final byte LIGHT = 1;
    static final byte MEDIUM = 2;
    static final byte HEAVY = 3;

    final int years;
    final int firstYear;
    final byte[] state;
    final float[] attend;
    final boolean[] volunteers;
    final byte[] xuexi;
    final boolean[] dengta;

    private Engagement(int persons, int years, int firstYear) {
        this.years = years;
        this.firstYear = firstYear;
        state = new byte[persons * years];
        attend = new float[persons * years];
        volunteers = new boolean[persons * years];
        xuexi = new byte[persons * years];
        dengta = new boolean[persons * years];
    }

    int at(int person, int year) {
        return person * years + (year - firstYear);
    }

    static Engagement draw(GeneratorConfig config, County county, CountyPeople pop, UnderServedPlan plan) {
        Engagement e = new Engagement(pop.persons, config.years(), config.firstYear());
        for (int y = config.firstYear(); y <= config.lastYear(); y++) {
            double oldShare = oldShare(pop, y);
            for (int p = 0; p < pop.persons; p++) {
                SplittableRandom r = Rng.of(config.seed(), Rng.ENGAGEMENT, p, y);
                e.drawYear(pop, county, plan, p, y, oldShare, r);
            }
        }
        return e;
    }

    /** Share of counted members aged 56 or more at the end of the year. */
    private static double oldShare(CountyPeople pop, int y) {
        int yEnd = (int) LocalDate.of(y, 12, 31).toEpochDay();
        int counted = 0;
        int old = 0;
        for (int s = 0; s < pop.segments(); s++) {
            if (pop.covers(s, yEnd) && pop.counted(s)) {
                counted++;
                if (Dimensions.ageBand(pop.ageOn(pop.segPerson[s], yEnd)).equals(UnderServedPlan.OLD_BAND)) {
                    old++;
                }
            }
        }
        return counted == 0 ? 0 : (double) old / counted;
    }

    private void drawYear(CountyPeople pop, County county, UnderServedPlan plan, int p, int y, double oldShare,
                          SplittableRandom r) {
        int i = at(p, y);
        int yStart = (int) LocalDate.of(y, 1, 1).toEpochDay();
        int yEnd = (int) LocalDate.of(y, 12, 31).toEpochDay();
        int lastCounted = -1;
        int lastAny = -1;
        for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
            if (pop.segFrom[s] <= yEnd && pop.segTo[s] >= yStart) {
                lastAny = s;
                if (pop.counted(s)) {
                    lastCounted = s;
                }
            }
        }
        if (lastAny < 0) {
            state[i] = NONE;
            return;
        }
        if (lastCounted < 0) {
            state[i] = OUTSIDE;
            attend[i] = (float) (0.1 + 0.25 * r.nextDouble());
            boolean preMember = pop.segType[lastAny] >= CountyPeople.CANDIDATE;
            volunteers[i] = r.nextDouble() < (preMember ? 0.85 : 0.2);
            xuexi[i] = r.nextDouble() < (preMember ? 0.8 : 0.4) ? intensity(r) : NO_USE;
            dengta[i] = r.nextDouble() < 0.3;
            return;
        }
        // Group attributes come from the last counted row of the year and the age on its last day,
        // as the indicators define them.
        int unit = county.unitOfBranch(pop.segBranch[lastCounted]);
        boolean old = Dimensions.ageBand(pop.ageOn(p, yEnd)).equals(UnderServedPlan.OLD_BAND);
        double[] fail = new double[UnderServedPlan.OUTCOMES];
        for (int o = 0; o < UnderServedPlan.OUTCOMES; o++) {
            double f = UnderServedPlan.combine(plan.unitBase[unit][o], plan.unitRaise[unit][o]);
            if (old && UnderServedPlan.OLD_OUTCOMES[o]) {
                f = UnderServedPlan.combine(f, UnderServedPlan.RAISE[o]);
            }
            if (pop.mobile[p] && UnderServedPlan.MOBILE_OUTCOMES[o]) {
                f = UnderServedPlan.combine(f, UnderServedPlan.RAISE[o]);
            }
            if (pop.impaired[p] && UnderServedPlan.IMPAIRED_OUTCOMES[o]) {
                f = UnderServedPlan.combine(f, UnderServedPlan.RAISE[o]);
            }
            fail[o] = f;
        }
        if (pop.segType[lastCounted] == CountyPeople.PROBATIONARY && !old) {
            // Probationary members are admitted young, so none of them carries the planted age effect; give
            // them its county-average share, or the member_type "full" group would look under-served.
            for (int o = 0; o < UnderServedPlan.OUTCOMES; o++) {
                if (UnderServedPlan.OLD_OUTCOMES[o]) {
                    fail[o] = UnderServedPlan.combine(fail[o], oldShare * UnderServedPlan.RAISE[o]);
                }
            }
        }
        double missed = fail[UnderServedPlan.MISSED];
        double notEngaged = Math.max(fail[UnderServedPlan.NOT_ENGAGED], missed + 0.02);
        double u = r.nextDouble();
        if (u < missed) {
            state[i] = MISSED;
            attend[i] = 0f;
        } else if (u < notEngaged) {
            state[i] = LAGGING;
            attend[i] = (float) (0.05 + 0.20 * r.nextDouble());
        } else {
            state[i] = ENGAGED;
            attend[i] = (float) (0.80 + 0.16 * r.nextDouble());
        }
        volunteers[i] = r.nextDouble() >= fail[UnderServedPlan.NO_VOLUNTEERING];
        xuexi[i] = r.nextDouble() >= fail[UnderServedPlan.NO_PLATFORM] ? intensity(r) : NO_USE;
        dengta[i] = r.nextDouble() < 0.35 * (xuexi[i] == NO_USE ? 0.3 : 1.0);
    }

    private static byte intensity(SplittableRandom r) {
        double x = r.nextDouble();
        return x < 0.15 ? HEAVY : x < 0.50 ? MEDIUM : LIGHT;
    }
}

package cn.jgdj.generator;

import cn.jgdj.schemas.codes.Codes;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The training effect the demo county plants, for the effectiveness estimate to recover: a member's first
 * rotation training of a year (present or makeup) adds {@link #DAYS} platform active days in each of the three
 * calendar months after the training month; special lectures change nothing. EventsAndAttendance reports who
 * attended what as it writes attendance, PlatformUsageFile adds the extra days (on days the member was otherwise
 * inactive, within their membership rows), truth.json states both programs' effects.
 *
 * <p>Only members who used a platform at all that year get the extra days: whether a member used the platforms in
 * a year is what the planted under-served groups are about, and that must not move. The expected average effect
 * on the trained is therefore DAYS × the share of platform users among them, which truth.json states per year
 * (over the members counted on their training day and trained in February to September, the cohorts whose
 * months +1 … +3 fall in the year and have a month before training in it).
 */
final class TrainingEffect {
    static final String PROGRAM = Codes.ROTATION_TRAINING;
    static final String NO_EFFECT_PROGRAM = Codes.SPECIAL_LECTURE;
    static final String OUTCOME = "platform_active_days";
    /** Extra active days per month. */
    static final int DAYS = 4;
    /** Months after the training month that carry the effect (event times +1 … +3). */
    static final int FIRST_MONTH = 1;
    static final int LAST_MONTH = 3;
    /** Random stream of the extra days (beyond Rng's streams, so no other stream moves). */
    private static final long STREAM = 101;
    private static final int NONE = Integer.MIN_VALUE;

    private final int firstYear;
    private final int years;
    /** Per person and year: epoch day of the first rotation training attended, or NONE. */
    private final int[] trainedOn;
    /** Per year: trained members in the estimate's cohorts, and those of them who got the extra days. */
    private final int[] trainedMembers;
    private final int[] boostedMembers;

    TrainingEffect(int persons, int firstYear, int years) {
        this.firstYear = firstYear;
        this.years = years;
        trainedOn = new int[persons * years];
        Arrays.fill(trainedOn, NONE);
        trainedMembers = new int[years];
        boostedMembers = new int[years];
    }

    /** An attendance row as written: remembers the first rotation training each person attended each year. */
    void attended(int person, int year, String eventType, String status, int day) {
        if (!PROGRAM.equals(eventType) || !(Codes.PRESENT.equals(status) || Codes.MAKEUP.equals(status))) {
            return;
        }
        int i = person * years + (year - firstYear);
        if (trainedOn[i] == NONE || day < trainedOn[i]) {
            trainedOn[i] = day;
        }
    }

    /** Whether the person's first rotation training of {@code year} or the year before puts {@code month} in the effect window. */
    boolean affects(int person, YearMonth month) {
        for (int y = month.getYear() - 1; y <= month.getYear(); y++) {
            if (y < firstYear || y >= firstYear + years) {
                continue;
            }
            int day = trainedOn[person * years + (y - firstYear)];
            if (day == NONE) {
                continue;
            }
            long after = YearMonth.from(LocalDate.ofEpochDay(day)).until(month, java.time.temporal.ChronoUnit.MONTHS);
            if (after >= FIRST_MONTH && after <= LAST_MONTH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the person's extra active days of {@code year}: DAYS per affected month, on days of a membership row
     * not already active ({@code active}, indexed from {@code yStart}, is updated).
     */
    void writeExtraDays(long seed, CountyPeople pop, int p, int year, int yStart, boolean[] active, CsvSink out)
            throws IOException {
        boolean used = false;
        for (boolean a : active) {
            used |= a;
        }
        tally(pop, p, year, used);
        if (!used) {
            return;
        }
        SplittableRandom r = null;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (!affects(p, month)) {
                continue;
            }
            if (r == null) {
                r = Rng.of(seed, STREAM, p, year);
            }
            List<Integer> free = new ArrayList<>();
            for (int d = (int) month.atDay(1).toEpochDay(); d <= month.atEndOfMonth().toEpochDay(); d++) {
                if (!active[d - yStart] && member(pop, p, d)) {
                    free.add(d);
                }
            }
            for (int k = 0; k < DAYS && !free.isEmpty(); k++) {
                int d = free.remove(r.nextInt(free.size()));
                active[d - yStart] = true;
                out.cell(pop.memberId(p)).cell("xuexi").cell(RawText.iso(d)).cell(5 + r.nextInt(20))
                        .cell(10 + r.nextInt(30)).end();
            }
        }
    }

    /** Counts a member trained in February to September of the year while counted, and whether they are boosted. */
    private void tally(CountyPeople pop, int p, int year, boolean used) {
        int day = trainedOn[p * years + (year - firstYear)];
        if (day == NONE) {
            return;
        }
        int month = LocalDate.ofEpochDay(day).getMonthValue();
        if (month < 2 || month > 9) {
            return;
        }
        for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
            if (pop.covers(s, day) && pop.counted(s)) {
                trainedMembers[year - firstYear]++;
                if (used) {
                    boostedMembers[year - firstYear]++;
                }
                return;
            }
        }
    }

    /** The expected average effect on the trained of a year: DAYS × the share of them who got the extra days. */
    double expectedEffect(int year) {
        int i = year - firstYear;
        return trainedMembers[i] == 0 ? 0 : (double) DAYS * boostedMembers[i] / trainedMembers[i];
    }

    private static boolean member(CountyPeople pop, int p, int day) {
        for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
            if (pop.covers(s, day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The truth.json field "training_effects": per program, the extra active days per month planted for users,
     * and the expected overall effect (months +1 … +3) per year; zero for the program without an effect.
     */
    String truthJson() {
        return "  \"training_effects\": [\n"
                + effect(PROGRAM, DAYS, true) + ",\n"
                + effect(NO_EFFECT_PROGRAM, 0, false) + "\n  ],\n";
    }

    private String effect(String program, int days, boolean planted) {
        StringBuilder b = new StringBuilder("    {\"program\": ").append(TruthJson.str(program))
                .append(", \"outcome\": ").append(TruthJson.str(OUTCOME))
                .append(", \"days_per_month_for_platform_users\": ").append(days)
                .append(", \"event_times\": [").append(FIRST_MONTH).append(", ").append(FIRST_MONTH + 1)
                .append(", ").append(LAST_MONTH).append("], \"expected_att\": {");
        for (int y = firstYear; y < firstYear + years; y++) {
            double att = planted ? expectedEffect(y) : 0;
            b.append(y == firstYear ? "" : ", ").append('"').append(y).append("\": ")
                    .append(String.format(java.util.Locale.ROOT, "%.4f", att));
        }
        return b.append("}}").toString();
    }
}

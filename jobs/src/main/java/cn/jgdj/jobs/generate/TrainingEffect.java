package cn.jgdj.jobs.generate;

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

    TrainingEffect(int persons, int firstYear, int years) {
        this.firstYear = firstYear;
        this.years = years;
        trainedOn = new int[persons * years];
        Arrays.fill(trainedOn, NONE);
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
    void writeExtraDays(long seed, Population pop, int p, int year, int yStart, boolean[] active, CsvSink out)
            throws IOException {
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

    private static boolean member(Population pop, int p, int day) {
        for (int s = pop.firstSeg[p]; s < pop.firstSeg[p + 1]; s++) {
            if (pop.covers(s, day)) {
                return true;
            }
        }
        return false;
    }

    /** The truth.json field: "training_effects": [...], the planted effect and the program without one. */
    static String truthJson() {
        return "  \"training_effects\": [\n"
                + effect(PROGRAM, DAYS) + ",\n"
                + effect(NO_EFFECT_PROGRAM, 0) + "\n  ],\n";
    }

    private static String effect(String program, int att) {
        return "    {\"program\": " + TruthJson.str(program) + ", \"outcome\": " + TruthJson.str(OUTCOME)
                + ", \"att\": " + att + ", \"event_times\": [" + FIRST_MONTH + ", " + (FIRST_MONTH + 1) + ", "
                + LAST_MONTH + "]}";
    }
}

package cn.jgdj.jobs.effectiveness;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One eligible member's monthly panel, held in memory only while the estimate runs (never written): the branch the
 * bootstrap resamples, the stratum attributes, the month each program first treated them, and each outcome by
 * month.
 *
 * @param branch       branch of the member's last eligible month (the bootstrap cluster)
 * @param unitType     unit type of that month (stratum and analyst group)
 * @param role         role of that month (stratum and analyst group)
 * @param firstTreated per program (Effectiveness.PROGRAMS order): the panel month index of the first present or
 *                     makeup row at an event of that program in the analysis year, or {@link #NEVER}
 * @param outcomes     per outcome (Effectiveness.OUTCOMES order), per panel month: the value, NaN when missing
 *                     (not eligible that month, or no expected meeting for the attendance rate)
 */
public record PanelMember(String branch, String unitType, String role, int[] firstTreated, double[][] outcomes) {
    /** Not treated by the program in the analysis year. */
    public static final int NEVER = -1;

    /** A total order on what a member carries (members equal under it are interchangeable in every sum). */
    public static final Comparator<PanelMember> CONTENT_ORDER = Comparator.comparing(PanelMember::branch)
            .thenComparing(PanelMember::unitType).thenComparing(PanelMember::role)
            .thenComparing(PanelMember::firstTreated, Arrays::compare)
            .thenComparing(PanelMember::outcomes, (a, b) -> Arrays.compare(a, b, Arrays::compare));

    /** The stratum: unit type × role (comparisons are made within it). */
    public String stratum() {
        return unitType + "|" + role;
    }
}

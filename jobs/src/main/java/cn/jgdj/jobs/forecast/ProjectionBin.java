package cn.jgdj.jobs.forecast;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.jgdj.jobs.followup.YearPace;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import org.apache.spark.sql.Column;

/**
 * Members are grouped by how far their projected year-end hours ({@link YearPace}) reach their requirement:
 * 0 no hours yet, 1 under half, 2 half to the requirement, 3 the requirement to 1.5 times it, 4 beyond. Bins 0-2
 * are exactly the members behind pace (the follow-up list); 3-4 are on track.
 */
public final class ProjectionBin {
    private ProjectionBin() {
    }

    public static final int BINS = 5;
    /** The first on-track bin. */
    public static final int FIRST_ON_TRACK = 3;

    /** The bin of a member row carrying hours, requirement and the YearPace columns. */
    public static Column of() {
        Column hours = col(MemberPeriods.HOURS);
        Column reach = col(MemberPeriods.HOURS).multiply(col(YearPace.YEAR_DAYS));
        Column due = col(MemberPeriods.REQUIREMENT).multiply(col(YearPace.ELAPSED_DAYS));
        // Multiplied out like YearPace.behind(), so bin < 3 is exactly "behind pace".
        return when(YearPace.behind().and(hours.leq(0)), lit(0))
                .when(reach.lt(due.multiply(0.5)), lit(1))
                .when(YearPace.behind(), lit(2))
                .when(reach.lt(due.multiply(1.5)), lit(3))
                .otherwise(lit(4));
    }

    /** Whether members of a bin are on track (projected to reach the requirement). */
    public static boolean onTrack(int bin) {
        return bin >= FIRST_ON_TRACK;
    }
}

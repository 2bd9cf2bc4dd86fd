package cn.jgdj.jobs.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.rules.Rules;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.schemas.work.WorkTables;
import cn.jgdj.schemas.work.WorkTables.MemberPeriods;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A handover touch ({@code …–X} then {@code X–}, kept by ingest): the later row holds X, so the member is counted
 * once, in the later row's group, and the earlier row gives no eligibility on X.
 */
@ExtendWith(SparkSessionExtension.class)
class HandoverTest {

    /**
     * hA moves B1 → B2 with a touch on 1 April; hB's row ends on 1 July, the day an exempt row starts, so hB is
     * eligible January to June only (the year's requirement 32 × 6 / 12 = 16; 19 if 1 July counted for the old row).
     */
    private static CuratedFixture county(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2");
        f.member("hA").born("1980-01-01").valid("2020-01-01", "2025-04-01").add();
        f.member("hA").born("1980-01-01").branch("B2").valid("2025-04-01", null).add();
        f.member("hB").born("1980-01-01").valid("2020-01-01", "2025-07-01").add();
        f.member("hB").born("1980-01-01").exempt().valid("2025-07-01", null).add();
        return f;
    }

    @Test
    void theLaterRowHoldsTheHandoverDay(SparkSession spark) {
        List<String> held = HeldValidity.of(county(spark).members())
                .selectExpr(Members.MEMBER_KEY, Members.BRANCH_ID, Members.VALID_FROM, Members.VALID_TO,
                        Members.EXEMPT)
                .collectAsList().stream().map(r -> r.mkString("|")).sorted().toList();
        assertEquals(List.of("hA|B1|2020-01-01|2025-03-31|false", "hA|B2|2025-04-01|null|false",
                "hB|B1|2020-01-01|2025-06-30|false", "hB|B1|2025-07-01|null|true"), held);
    }

    @Test
    void eachMemberIsCountedOnceInTheLaterRowsGroup(SparkSession spark) {
        CuratedFixture f = county(spark);
        Dataset<Row> windows = PeriodWindows.toDataFrame(spark, List.of(PeriodWindow.year(2025),
                PeriodWindow.quarter(2025, 2), PeriodWindow.quarter(2025, 3)), Rules.defaults());
        List<String> rows = WindowMembers.of(f.members(), f.branches(), f.units(), windows, Rules.defaults(),
                        Population.TRAINING)
                .selectExpr(PeriodWindows.PERIOD, Members.MEMBER_KEY, WorkTables.BRANCH_ID, Dimensions.UNIT,
                        MemberPeriods.REQUIREMENT, WindowMembers.WINDOW_MONTHS)
                .collectAsList().stream().map(r -> r.mkString("|")).sorted().toList();
        // A quarter window pro-rates over its own three months (32 × 3 / 12 = 8). Counting 1 July for hB's old
        // row would put hB in 2025Q3 (requirement 3) and make the year's requirement 19.
        assertEquals(List.of(
                "2025Q2|hA|B2|U2|8|3", "2025Q2|hB|B1|U1|8|3",
                "2025Q3|hA|B2|U2|8|3",
                "2025|hA|B2|U2|32|12", "2025|hB|B1|U1|16|6"), rows);
    }
}

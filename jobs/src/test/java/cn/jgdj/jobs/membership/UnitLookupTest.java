package cn.jgdj.jobs.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.apache.spark.sql.functions.col;

import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.indicators.Dimensions;
import cn.jgdj.testing.SparkSessionExtension;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class UnitLookupTest {

    private static List<String> lines(Dataset<Row> rows) {
        return rows.select(col(Members.MEMBER_KEY), col(Members.BRANCH_ID), col(Dimensions.UNIT),
                col(Dimensions.UNIT_TYPE)).collectAsList().stream().map(r -> r.mkString("|")).sorted().toList();
    }

    @Test
    void eachMemberGetsItsBranchsUnitAndTheUnitsTypeAsTheLeftJoinsGave(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2").branch("B3", "U9");
        f.member("m1").add();                      // B1: U1, agency
        f.member("m2").branch("B2").add();         // B2: U2, institution
        f.member("m3").branch("B3").add();         // U9 is not in the units file: no type
        f.member("m4").branch("B7").add();         // a branch not in the branches file
        Dataset<Row> looked = UnitLookup.withUnits(f.members(), f.branches(), f.units());
        assertEquals(List.of("m1|B1|U1|agency", "m2|B2|U2|institution", "m3|B3|U9|null", "m4|B7|null|null"),
                lines(looked));
        assertEquals(lines(WindowMembers.withUnits(f.members(), f.branches(), f.units())), lines(looked));
        assertEquals(List.of(f.members().columns()).size() + 2, looked.columns().length);
    }

    @Test
    void noBranchesOrUnitsLeaveEveryUnitEmpty(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark);
        f.member("m1").add();
        assertEquals(List.of("m1|B1|null|null"), lines(UnitLookup.withUnits(f.members(), f.branches(), f.units())));
    }
}

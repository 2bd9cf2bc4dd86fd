package cn.jgdj.jobs.membership;

import cn.jgdj.schemas.codes.Codes;
import org.apache.spark.sql.SparkSession;

/**
 * The shared 2025 fixture of the membership, coverage and outcome tests (answers worked out by hand in the tests).
 * Units U1 (agency) with branch B1, U2 (institution) with B2. Events span 2025-01-10 .. 2025-12-15.
 * <ul>
 * <li>mA: full, B1, born 1989-07-01 (35 until 30 June, then 36); credits 10 (Feb) + 25 (Aug)</li>
 * <li>mB: transfers from B1 to B2 on 1 June, mobile; credits 20 (Mar, in B1) + 12 (Jul) = 32</li>
 * <li>mC: probationary until 31 Aug, then full; credits 10 in Dec 2024 (not 2025) + 31.5 (May)</li>
 * <li>mD: exempt: excluded although credited 40</li>
 * <li>mE: joins 15 March: 10 months → 32 × 10 / 12 = 26.67 → 27; credit 27 (Mar)</li>
 * <li>mF: secretary in B2 → 56; credit 50 (Oct)</li>
 * <li>mG: candidate: excluded from training coverage</li>
 * <li>mH: leaves 10 Feb: 2 months → 5.33 → 6, mobility impaired; credits 5.5 (Jan) + 1 (Sep, after leaving)</li>
 * <li>mI: non-exempt in B1 until 30 June, then exempt in B2: 6 months → 16, attributes of the B1 row; no credit</li>
 * </ul>
 */
public final class MembershipFixture {
    private MembershipFixture() {
    }

    public static CuratedFixture create(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark)
                .unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2")
                .event("E-first", Codes.PARTY_LECTURE, "2025-01-10T09:00", "2025-01-10T11:00", null)
                .event("E-last", Codes.PARTY_LECTURE, "2025-12-15T09:00", "2025-12-15T11:00", null);
        f.member("mA").born("1989-07-01").add();
        f.member("mB").gender("F").born("1980-01-01").mobile().valid("2020-01-01", "2025-05-31").add();
        f.member("mB").gender("F").born("1980-01-01").mobile().branch("B2").valid("2025-06-01", null).add();
        f.member("mC").gender("F").born("1995-05-05").education("college").type(Codes.PROBATIONARY)
                .valid("2024-09-01", "2025-08-31").add();
        f.member("mC").gender("F").born("1995-05-05").education("college").valid("2025-09-01", null).add();
        f.member("mD").born("1950-01-01").exempt().add();
        f.member("mE").born("1965-03-01").education("postgraduate").valid("2025-03-15", null).add();
        f.member("mF").born("1975-12-31").role(Codes.SECRETARY).branch("B2").add();
        f.member("mG").born("2000-01-01").type(Codes.CANDIDATE).add();
        f.member("mH").gender("F").born("1960-01-01").education("secondary").impaired()
                .valid("2015-01-01", "2025-02-10").add();
        f.member("mI").born("1970-06-15").valid("2010-01-01", "2025-06-30").add();
        f.member("mI").born("1970-06-15").branch("B2").exempt().valid("2025-07-01", null).add();
        return f.credit("mA", "2025-02-10", 10).credit("mA", "2025-08-10", 25)
                .credit("mB", "2025-03-01", 20).credit("mB", "2025-07-01", 12)
                .credit("mC", "2024-12-20", 10).credit("mC", "2025-05-05", 31.5)
                .credit("mD", "2025-04-01", 40)
                .credit("mE", "2025-03-20", 27)
                .credit("mF", "2025-10-10", 50)
                .credit("mH", "2025-01-20", 5.5).credit("mH", "2025-09-01", 1);
    }
}

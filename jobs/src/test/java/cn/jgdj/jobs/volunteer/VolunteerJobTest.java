package cn.jgdj.jobs.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.membership.CuratedFixture;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.codes.Codes;
import cn.jgdj.schemas.indicators.Indicators.Volunteer;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class VolunteerJobTest {
    @TempDir
    static Path out;
    private static List<Row> table;

    /**
     * v1: full, U1. v2: activist in U1 until 31 March, then probationary. v3: candidate in U2. v4: exempt (not counted).
     * v5: full in U2, leaves 28 February. Logs from 15 January to 20 May: the year 2025, quarters Q1 and Q2.
     * Minimum cell size 3.
     */
    @BeforeAll
    static void run(SparkSession spark) {
        CuratedFixture f = new CuratedFixture(spark).unit("U1", "agency").unit("U2", "institution")
                .branch("B1", "U1").branch("B2", "U2");
        f.member("v1").add();
        f.member("v2").type(Codes.ACTIVIST).valid("2024-01-01", "2025-03-31").add();
        f.member("v2").type(Codes.PROBATIONARY).valid("2025-04-01", null).add();
        f.member("v3").type(Codes.CANDIDATE).branch("B2").add();
        f.member("v4").exempt().branch("B2").add();
        f.member("v5").branch("B2").valid("2010-01-01", "2025-02-28").add();
        f.volunteer("L1", "v1", "2025-01-15", "theory_outreach", 2.0)
                .volunteer("L2", "v1", "2025-02-10", "clean_home", 1.5)
                .volunteer("L3", "v2", "2025-05-20", "clean_home", 3.0)
                .volunteer("L4", "v3", "2025-04-01", "micro_wish", 1.0)
                .volunteer("L5", "v4", "2025-03-01", "clean_home", 5.0)
                .volunteer("L6", "v5", "2025-03-15", "elder_orphan_care", 2.5);
        StagedJobIO io = CuratedFixture.io(spark, out);
        f.writeTo(io);
        VolunteerJob.run(io, CuratedFixture.params(3, null));
        io.commit();
        Dataset<Row> t = io.read(Catalog.indicator(Volunteer.NAME));
        assertEquals(Volunteer.COLUMNS, List.of(t.columns()));
        table = t.collectAsList();
    }

    /** dimension|group|theme|members|participants|rate|hours|suppressed. */
    private static List<String> rows(String period, String dimension, String theme) {
        return table.stream().filter(r -> r.getString(0).equals(period) && r.getString(1).equals(dimension)
                        && (theme == null || r.getString(3).equals(theme)))
                .map(r -> r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getLong(4) + "|"
                        + r.getLong(5) + "|" + r.getDouble(6) + "|" + r.getDouble(7) + "|" + r.getBoolean(8))
                .toList();
    }

    @Test
    void overallRowsByThemeForEachPeriod() {
        assertEquals(List.of(
                "all|all|all|4|2|0.5|6.0|false",
                "all|all|theory_outreach|4|1|0.25|2.0|false",
                "all|all|clean_home|4|1|0.25|1.5|false",
                "all|all|poverty_relief|4|0|0.0|0.0|false",
                "all|all|elder_orphan_care|4|1|0.25|2.5|false",
                "all|all|sick_disabled_aid|4|0|0.0|0.0|false",
                "all|all|micro_wish|4|0|0.0|0.0|false",
                "all|all|community_report|4|0|0.0|0.0|false"), rows("2025Q1", "all", null));
        assertEquals(List.of(
                "all|all|all|3|2|" + 2.0 / 3 + "|4.0|false", // exactly at the threshold: not suppressed
                "all|all|theory_outreach|3|0|0.0|0.0|false",
                "all|all|clean_home|3|1|" + 1.0 / 3 + "|3.0|false",
                "all|all|poverty_relief|3|0|0.0|0.0|false",
                "all|all|elder_orphan_care|3|0|0.0|0.0|false",
                "all|all|sick_disabled_aid|3|0|0.0|0.0|false",
                "all|all|micro_wish|3|1|" + 1.0 / 3 + "|1.0|false",
                "all|all|community_report|3|0|0.0|0.0|false"), rows("2025Q2", "all", null));
        assertEquals(List.of("all|all|all|4|4|1.0|10.0|false", "all|all|clean_home|4|2|0.5|4.5|false"),
                rows("2025", "all", null).stream().filter(s -> s.contains("|all|4") || s.contains("clean_home"))
                        .toList());
    }

    @Test
    void preMembersCarryTheirOwnMemberType() {
        assertEquals(List.of(
                "member_type|activist|all|1|0|0.0|0.0|true",
                "member_type|candidate|all|1|0|0.0|0.0|true",
                "member_type|full|all|2|2|1.0|6.0|true"), rows("2025Q1", "member_type", "all"));
        assertEquals(List.of(
                "member_type|candidate|all|1|1|1.0|1.0|true",
                "member_type|full|all|2|2|1.0|6.0|true",
                "member_type|probationary|all|1|1|1.0|3.0|true"), rows("2025", "member_type", "all"));
        assertEquals(List.of("unit|U1|all|2|2|1.0|6.5|true", "unit|U2|all|2|2|1.0|3.5|true"),
                rows("2025", "unit", "all"));
    }

    @Test
    void periodsAreTheYearAndEachQuarterAlone() {
        assertEquals(List.of("2025", "2025Q1", "2025Q2"), table.stream().map(r -> r.getString(0)).distinct().toList());
    }
}

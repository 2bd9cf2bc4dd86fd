package cn.jgdj.jobs.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.work.WorkTables.MemberOutcomes;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class MemberOutcomesJobTest {

    @Test
    void oneRowPerEligibleMemberOfTheYearWithFourOutcomes(SparkSession spark, @TempDir Path out) {
        StagedJobIO io = CuratedFixture.io(spark, out);
        MembershipFixture.create(spark)
                .volunteer("L1", "mA", "2025-03-01", "clean_home", 2)
                .volunteer("L2", "mB", "2024-12-31", "clean_home", 2) // the year before: not volunteered in 2025
                .volunteer("L3", "mC", "2025-11-11", "micro_wish", 1)
                .volunteer("L4", "mG", "2025-05-01", "micro_wish", 1) // candidate: not in the basis
                .usage("mA", "xuexi", "2025-01-02", 0, 0) // a day with nothing is not activity
                .usage("mE", "xuexi", "2025-05-05", 10, 0)
                .usage("mF", "dengta", "2025-06-01", 0, 5)
                .usage("mH", "xuexi", "2026-01-01", 10, 10) // another year
                .writeTo(io);
        MemberPeriodsJob.run(io, CuratedFixture.params(10, null));
        io.commit();
        MemberOutcomesJob.run(io, CuratedFixture.params(10, null));
        io.commit();

        Dataset<Row> table = io.read(Catalog.work(MemberOutcomes.NAME));
        assertEquals(MemberOutcomes.COLUMNS, List.of(table.columns()));
        List<String> got = table.collectAsList().stream()
                .map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(8) + "|" + r.getString(9) + "|"
                        + r.getBoolean(12) + "|" + r.getBoolean(13) + "|" + r.getBoolean(14) + "|" + r.getBoolean(15))
                .sorted().toList();
        // period|member|unit|branch|attained|reached|volunteered|platform_active
        assertEquals(List.of(
                "2025|mA|U1|B1|true|true|true|false",
                "2025|mB|U2|B2|true|true|false|false",
                "2025|mC|U1|B1|false|true|true|false",
                "2025|mE|U1|B1|true|true|false|true",
                "2025|mF|U2|B2|false|true|false|true",
                "2025|mH|U1|B1|true|true|false|false",
                "2025|mI|U1|B1|false|false|false|false"), got);
    }
}

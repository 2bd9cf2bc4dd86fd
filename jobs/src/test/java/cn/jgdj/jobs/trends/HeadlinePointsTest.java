package cn.jgdj.jobs.trends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import cn.jgdj.testing.SparkSessionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class HeadlinePointsTest {

    /** A collected row: kind, period, dimension, group, unit, two counts, value, flag. */
    private static Row row(int kind, String period, String dimension, String group, String unit, Long first,
                           Long second, Double value, Boolean flag) {
        return RowFactory.create(kind, period, dimension, group, unit, first, second, value, flag);
    }

    private static List<String> lines(List<Row> points) {
        return points.stream().map(r -> r.mkString("|")).sorted().toList();
    }

    @Test
    void unitSeriesAreSummedByUnitGroupAndSizedByCoverage() {
        List<Row> points = HeadlinePoints.points(List.of(
                row(5, null, null, "agency", "U1", null, null, null, null),                 // units: U1 agency
                row(0, "2025Q1", "all", "all", null, null, null, 0.5, false),              // coverage
                row(0, "2025Q1", "unit", "U1", null, null, null, null, true),              // small, no value
                row(1, "2025Q1", null, null, "U1", 3L, 4L, null, null),                    // participation
                row(1, "2025Q1", null, null, "U2", 1L, 0L, null, null),                    // U2 not in units
                row(2, "2025Q1", null, null, "U1", null, null, null, true),                // compliance
                row(2, "2025Q1", null, null, "U1", null, null, null, false),
                row(3, "2025Q1", "gender", "F", null, null, null, 0.25, true),             // platform
                row(4, "2025Q1", "gender", "M", null, null, null, null, false)));          // volunteer, no value
        // Participation (3 + 1) / (4 + 0) and compliance 1 of 2 branches for `all`, sized by coverage's all/all row
        // (not suppressed); agency has no coverage row (unknown size: suppressed), U1's row is suppressed; U2,
        // missing from the units table, counts in `all` only and expected nobody itself; the volunteer row has no
        // value and the small coverage row none either, so neither is a point.
        assertEquals(List.of(
                "attainment_rate|all|all|2025Q1|0.5|false|indicators/coverage",
                "compliance_rate|all|all|2025Q1|0.5|false|indicators/branch_compliance",
                "compliance_rate|unit_type|agency|2025Q1|0.5|true|indicators/branch_compliance",
                "compliance_rate|unit|U1|2025Q1|0.5|true|indicators/branch_compliance",
                "participation_rate|all|all|2025Q1|1.0|false|indicators/participation",
                "participation_rate|unit_type|agency|2025Q1|0.75|true|indicators/participation",
                "participation_rate|unit|U1|2025Q1|0.75|true|indicators/participation",
                "platform_active_rate|gender|F|2025Q1|0.25|true|indicators/platform_engagement"),
                lines(points));
    }

    @Test
    void theSamePointsAsTheSparkPlansOfEachSeries(SparkSession spark) {
        TrendsJobTest.Inputs in = TrendsJobTest.fixture(spark);
        Dataset<Row> spark5 = HeadlineSources.attainment(in.coverage())
                .unionByName(HeadlineSources.participation(in.participation(), in.units(), in.coverage()))
                .unionByName(HeadlineSources.compliance(in.compliance(), in.units(), in.coverage()))
                .unionByName(HeadlineSources.platformActivity(in.platform()))
                .unionByName(HeadlineSources.volunteerParticipation(in.volunteer()));
        List<String> expected = lines(spark5.collectAsList());
        assertEquals(expected, lines(HeadlinePoints.collect(in.coverage(), in.participation(), in.compliance(),
                in.platform(), in.volunteer(), in.units())));
        assertEquals(true, expected.size() > 50, "the fixture has points of every series: " + expected.size());
    }
}

package cn.jgdj.jobs.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.Indicators.UnitDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class UnitDirectoryJobTest {

    private static Dataset<Row> units(SparkSession spark) {
        return spark.createDataFrame(List.of(RowFactory.create("U0002", "县供电公司", "enterprise"),
                RowFactory.create("U0001", "县委县直机关工委", "agency")), SparkSchemas.curated(Units.DEF));
    }

    @Test
    void namesEveryUnitInIdOrder(SparkSession spark, @TempDir Path out) throws Exception {
        StagedJobIO setup = new StagedJobIO(spark, out.toString(), out.resolve("_staging/setup").toString());
        setup.write(Catalog.warehouse(Units.NAME), units(spark));
        setup.commit();

        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/job").toString());
        UnitDirectoryJob.run(io, new JobParams(null, null, 10, LocalDate.of(2026, 1, 1), null, new byte[0], true));
        io.commit();

        Dataset<Row> table = io.read(Catalog.indicator(UnitDirectory.NAME));
        assertEquals(UnitDirectory.COLUMNS, List.of(table.columns()));
        // The CSV copy is what the packs read.
        assertEquals(List.of("unit_id,unit_name,unit_type", "U0001,县委县直机关工委,agency", "U0002,县供电公司,enterprise"),
                Files.readAllLines(out.resolve("indicators/units.csv")));
    }
}

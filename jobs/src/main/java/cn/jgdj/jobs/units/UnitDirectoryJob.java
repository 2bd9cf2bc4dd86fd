package cn.jgdj.jobs.units;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.jobs.IndicatorJob;
import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.JobSpec;
import cn.jgdj.jobs.io.JobIO;
import cn.jgdj.jobs.io.SparkOrder;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Units;
import cn.jgdj.schemas.indicators.Indicators;
import cn.jgdj.schemas.indicators.Indicators.UnitDirectory;
import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * indicators/units: id, name and type of every unit of warehouse/units, so that packs show 县教育局 where the
 * indicator tables say U0004. Packs read indicator tables only, never the warehouse; units are organisations,
 * so their names are not personal data.
 */
public final class UnitDirectoryJob {
    private UnitDirectoryJob() {
    }

    public static final List<String> INPUTS = List.of(Catalog.warehouse(Units.NAME));
    public static final List<String> OUTPUTS = List.of(Catalog.indicator(UnitDirectory.NAME));
    public static final JobSpec SPEC = new JobSpec("unit_directory", INPUTS, OUTPUTS, UnitDirectoryJob::run);

    /** Registers the job: {@code JobCatalog.ALL} finds this class through ServiceLoader. */
    @AutoService(IndicatorJob.class)
    public static final class Registration implements IndicatorJob {
        @Override
        public JobSpec spec() {
            return SPEC;
        }
    }

    public static void run(JobIO io, JobParams params) {
        io.write(OUTPUTS.get(0), directory(io.read(INPUTS.get(0))));
    }

    /**
     * The directory, columns {@link UnitDirectory#COLUMNS}, sorted by unit id: the units (one row each, a few
     * hundred in a county) are collected and sorted on the driver, so the table costs one Spark job, not a shuffle.
     */
    public static Dataset<Row> directory(Dataset<Row> units) {
        Dataset<Row> named = units.select(col(Units.UNIT_ID).as(Indicators.UNIT_ID),
                col(Units.UNIT_NAME).as(UnitDirectory.UNIT_NAME), col(Units.UNIT_TYPE).as(UnitDirectory.UNIT_TYPE));
        List<Row> rows = new ArrayList<>(named.collectAsList());
        rows.sort(Comparator.comparing(r -> r.getString(0), SparkOrder.STRINGS));
        return units.sparkSession().createDataFrame(rows, named.schema());
    }
}

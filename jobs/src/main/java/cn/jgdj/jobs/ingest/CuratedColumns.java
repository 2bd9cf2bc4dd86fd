package cn.jgdj.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;

import cn.jgdj.jobs.io.SparkSchemas;
import cn.jgdj.schemas.Attendance;
import cn.jgdj.schemas.Events;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.PlatformUsage;
import cn.jgdj.schemas.VolunteerLogs;
import cn.jgdj.schemas.raw.DatasetDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/** The curated table of a dataset: its schema's columns in order, member_key for member_id, derived partitions. */
final class CuratedColumns {
    private CuratedColumns() {
    }

    /** Curated columns that are not raw columns, by dataset. */
    private static final Map<String, Map<String, Column>> DERIVED = Map.of(
            Events.NAME, Map.of(Events.YEAR, year(col(Events.START_TIME))),
            Attendance.NAME, Map.of(Attendance.YEAR, col(CrossChecks.EVENT_YEAR)),
            PlatformUsage.NAME, Map.of(PlatformUsage.YEAR, year(col(PlatformUsage.DATE)),
                    PlatformUsage.MONTH, month(col(PlatformUsage.DATE))),
            VolunteerLogs.NAME, Map.of(VolunteerLogs.YEAR, year(col(VolunteerLogs.DATE))));

    static Dataset<Row> select(DatasetDef def, Dataset<Row> rows) {
        Map<String, Column> derived = DERIVED.getOrDefault(def.name(), Map.of());
        List<Column> out = new ArrayList<>();
        for (StructField f : SparkSchemas.curated(def).fields()) {
            Column c;
            if (f.name().equals(Members.MEMBER_KEY)) {
                c = col(ParsedTable.MEMBER_KEY);
            } else if (derived.containsKey(f.name())) {
                c = derived.get(f.name());
            } else {
                c = col(f.name());
            }
            out.add(c.cast(f.dataType()).as(f.name()));
        }
        return rows.select(out.toArray(Column[]::new));
    }
}

package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.quality.ReasonCode;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Which file is read and how: file-level errors, an explicit encoding, exact row numbers in a split file. */
@ExtendWith(SparkSessionExtension.class)
class IngestInputsTest {

    private static IngestCounts ingestUnits(SparkSession spark, Path in, Path out, IngestOptions options) {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/units").toString());
        IngestCounts c = IngestJob.run(io, CountyFixture.params(in), "units", options);
        io.commit();
        return c;
    }

    private static String failure(SparkSession spark, Path in, Path out) {
        return assertThrows(IngestException.class, () -> ingestUnits(spark, in, out, IngestOptions.DEFAULT))
                .getMessage();
    }

    @Test
    void fileLevelProblemsAreClearErrors(SparkSession spark, @TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        assertEquals("no file for units in " + in + ": expected units.csv or units.xlsx", failure(spark, in, out));

        Files.writeString(in.resolve("units.csv"), "");
        assertEquals("units.csv is empty: expected a header row", failure(spark, in, out));

        Files.writeString(in.resolve("units.csv"), "单位编号,单位名称\nU01,县委办公室\n");
        assertEquals("units.csv: missing required column unit_type (accepted header words: unit_type, 单位类型, 单位性质)",
                failure(spark, in, out));

        Files.write(in.resolve("units.csv"), "unit_id,unit_name,unit_type\nU1,机关,机关\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16));
        assertEquals("units.csv is not text in UTF-8 or GB18030 (it looks like UTF-16BE (byte-order mark)): "
                + "export it as CSV in UTF-8 or GB18030, or as .xlsx", failure(spark, in, out));

        Files.delete(in.resolve("units.csv"));
        Files.writeString(in.resolve("units.xlsx"), "not really a workbook");
        assertEquals("units.xlsx is not an .xlsx workbook (an .xlsx file is a zip archive; this one is not): "
                + "save it from Excel as .xlsx, or export CSV", failure(spark, in, out));
        Files.writeString(in.resolve("units.csv"), "单位编号,单位名称\nU01,县委办公室\n");
        Files.writeString(in.resolve("units.xlsx"), "not really a workbook");
        assertEquals("both units.csv and units.xlsx are in " + in + ": keep exactly one file for units",
                failure(spark, in, out));
        assertEquals(false, Files.exists(out.resolve("warehouse/units")));
    }

    @Test
    void rowNumbersStayExactWhenSparkSplitsAFile(SparkSession spark, @TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        StringBuilder csv = new StringBuilder("unit_id,unit_name,unit_type\n");
        for (int row = 2; row <= 3001; row++) {
            String type = row == 1234 ? "工会" : "机关";
            String name = row == 2999 ? "" : row == 1500 ? "\"县委办公室, 一五零零\"" : "单位" + row;
            csv.append("U").append(row).append(',').append(name).append(',').append(type).append('\n');
        }
        Files.write(in.resolve("units.csv"), csv.toString().getBytes(Charset.forName("GB18030")));
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "8192");
        IngestCounts c;
        try {
            c = ingestUnits(spark, in, tmp.resolve("out"), new IngestOptions(Map.of("units", "GB18030")));
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
        assertEquals("GB18030 (given)", c.encoding());
        assertEquals(3000, c.rowsRead());
        assertEquals(2998, c.rowsWritten());
        assertEquals(1L, c.quarantined().get(ReasonCode.UNKNOWN_CODE));
        assertEquals(1L, c.quarantined().get(ReasonCode.MISSING_VALUE));
        List<Row> q = spark.read().parquet(tmp.resolve("out").resolve(Catalog.quarantine("units")).toString())
                .orderBy(QuarantineColumns.SOURCE_ROW).collectAsList();
        assertEquals("[1234, U1234, UNKNOWN_CODE]", List.of(q.get(0).getAs(QuarantineColumns.SOURCE_ROW),
                q.get(0).getAs("unit_id"), q.get(0).getAs(QuarantineColumns.REASON_CODE)).toString());
        assertEquals("[2999, U2999, MISSING_VALUE]", List.of(q.get(1).getAs(QuarantineColumns.SOURCE_ROW),
                q.get(1).getAs("unit_id"), q.get(1).getAs(QuarantineColumns.REASON_CODE)).toString());
        Row u1500 = spark.read().parquet(tmp.resolve("out").resolve(Catalog.warehouse("units")).toString())
                .filter("unit_id = 'U1500'").first();
        assertEquals("县委办公室, 一五零零", u1500.getAs("unit_name"));
    }

    @Test
    void declaredIoNames() {
        assertEquals(List.of(), IngestJob.inputs("units"));
        assertEquals(List.of("warehouse/units", "warehouse/branches", "warehouse/venues"), IngestJob.inputs("events"));
        // Later sources check member and event ids against every key the file named (known members: DOMAIN.md).
        assertEquals(List.of("warehouse/events", "work/source_keys_events", "work/source_keys_members"),
                IngestJob.inputs("attendance"));
        assertEquals(List.of("work/source_keys_members", "warehouse/units"), IngestJob.inputs("volunteer_logs"));
        assertEquals(List.of("warehouse/members", "quarantine/members", "quality/ingest/members.json",
                "work/source_keys_members"), IngestJob.outputs("members"));
        // Exact copies and superseded rows, counted where the data-quality scorecard can place them.
        assertEquals(List.of("warehouse/attendance", "quarantine/attendance", "quality/ingest/attendance.json",
                "work/collapsed_rows_attendance"), IngestJob.outputs("attendance"));
        assertThrows(IllegalArgumentException.class, () -> IngestJob.inputs("meetings"));
        assertEquals(JobParams.DEFAULT_MIN_CELL_SIZE, CountyFixture.params(Path.of("x")).minCellSize());
    }
}

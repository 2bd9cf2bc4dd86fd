package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.jobs.testing.PiiScan;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.quality.ReasonCode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus: files a careless or malicious export could hand ingest, each with the exact message
 * and outcome expected. A file-level problem stops the dataset with an {@link IngestException} naming the file and
 * writes nothing; a row-level one quarantines the row, and every row read is written, collapsed or quarantined.
 * Every input folder has a space and Chinese characters in its path.
 */
@ExtendWith(SparkSessionExtension.class)
class HostileInputTest {
    private static final String UNITS_HEADER = "unit_id,unit_name,unit_type\n";

    private static Path folder(Path tmp) throws Exception {
        return Files.createDirectories(tmp.resolve("县 委 exports/输入 2025"));
    }

    private static IngestCounts ingest(SparkSession spark, Path in, Path out, String dataset) {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/" + dataset).toString());
        IngestCounts c = IngestJob.run(io, CountyFixture.params(in), dataset);
        io.commit();
        assertEquals(c.rowsRead(), c.rowsWritten() + c.rowsCollapsed() + c.rowsSuperseded() + c.rowsQuarantined(),
                "row accounting");
        assertEquals(c.rowsWritten(), spark.read().parquet(out.resolve(Catalog.warehouse(dataset)).toString())
                .count(), "rows in the warehouse");
        assertEquals(c.rowsQuarantined(), quarantine(spark, out, dataset).size(), "rows in quarantine");
        return c;
    }

    private static String failure(SparkSession spark, Path in, Path out, String dataset) {
        String message = assertThrows(IngestException.class, () -> ingest(spark, in, out, dataset)).getMessage();
        assertFalse(Files.exists(out.resolve(Catalog.warehouse(dataset))), "nothing written: " + message);
        return message;
    }

    private static List<Row> quarantine(SparkSession spark, Path out, String dataset) {
        return spark.read().parquet(out.resolve(Catalog.quarantine(dataset)).toString())
                .orderBy(QuarantineColumns.SOURCE_ROW).collectAsList();
    }

    /** "ROW CODE: REASON" per quarantined row. */
    private static List<String> reasons(SparkSession spark, Path out, String dataset) {
        List<String> out2 = new ArrayList<>();
        for (Row r : quarantine(spark, out, dataset)) {
            out2.add(r.getAs(QuarantineColumns.SOURCE_ROW) + " " + r.getAs(QuarantineColumns.REASON_CODE) + ": "
                    + r.getAs(QuarantineColumns.REASON));
        }
        return out2;
    }

    @Test
    void fileLevelProblemsNameTheFile(SparkSession spark, @TempDir Path tmp) throws Exception {
        Path in = folder(tmp);
        Path out = tmp.resolve("out");
        Path csv = in.resolve("units.csv");

        Files.write(csv, new byte[0]);
        assertEquals("units.csv is empty: expected a header row", failure(spark, in, out, "units"));
        Files.write(csv, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertEquals("units.csv is empty: expected a header row", failure(spark, in, out, "units"));

        Files.write(csv, (UNITS_HEADER + "U01,县委办公室,agency\n").getBytes(StandardCharsets.UTF_16LE));
        assertEquals("units.csv is not text in UTF-8 or GB18030 (it looks like UTF-16LE (no byte-order mark)): "
                + "export it as CSV in UTF-8 or GB18030, or as .xlsx", failure(spark, in, out, "units"));
        Files.write(csv, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertEquals("units.csv is not text in UTF-8 or GB18030 (it looks like binary (3 NUL bytes)): "
                + "export it as CSV in UTF-8 or GB18030, or as .xlsx", failure(spark, in, out, "units"));

        Files.writeString(csv, "unit_id,unit_name,unit_type,单位名称\nU01,a,agency,b\n");
        assertEquals("units.csv: header cells 2 ('unit_name') and 4 ('单位名称') both mean column unit_name; keep one",
                failure(spark, in, out, "units"));
        Files.writeString(csv, "unit_id,unit_type\nU01,agency\n");
        assertEquals("units.csv: missing required column unit_name (accepted header words: unit_name, 单位名称)",
                failure(spark, in, out, "units"));

        Files.delete(csv);
        Path xlsx = in.resolve("units.xlsx");
        Files.writeString(xlsx, UNITS_HEADER + "U01,县委办公室,agency\n");
        assertEquals("units.xlsx is not an .xlsx workbook (an .xlsx file is a zip archive; this one is not): "
                + "save it from Excel as .xlsx, or export CSV", failure(spark, in, out, "units"));
        byte[] workbook = unitsWorkbook();
        Files.write(xlsx, java.util.Arrays.copyOf(workbook, workbook.length / 2));
        String truncated = failure(spark, in, out, "units");
        assertTrue(truncated.startsWith("units.xlsx cannot be read as an .xlsx workbook: "), truncated);
    }

    private static byte[] unitsWorkbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("units");
            String[][] rows = {{"unit_id", "unit_name", "unit_type"}, {"U01", "县委办公室", "agency"}};
            for (int i = 0; i < rows.length; i++) {
                org.apache.poi.ss.usermodel.Row r = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }

    @Test
    void aHeaderOnlyExportIsAcceptedAndWarned(SparkSession spark, @TempDir Path tmp) throws Exception {
        Path in = folder(tmp);
        Files.writeString(in.resolve("units.csv"), "\uFEFF" + UNITS_HEADER);
        IngestCounts c = ingest(spark, in, tmp.resolve("out"), "units");
        assertEquals(List.of(0L, 0L, 0L), List.of(c.rowsRead(), c.rowsWritten(), c.rowsQuarantined()));
        assertTrue(new IngestReport(List.of(c), List.of()).summaryText()
                .contains("Warning: units.csv has no data rows (header only)\n"));
    }

    @Test
    void badlyShapedRowsAreQuarantinedAndCounted(SparkSession spark, @TempDir Path tmp) throws Exception {
        Path in = folder(tmp);
        Path out = tmp.resolve("out");
        String longName = "县".repeat(350_000); // about 1 MB in UTF-8
        String junk = "x".repeat(1_048_576);
        String csv = String.join("\r\n",
                "unit_id,unit_name,unit_type,备注",            // row 1: CRLF line ends, an unknown column
                "U01,县委办公室,agency,",                         // 2 good
                "unit_id,unit_name,unit_type,备注",             // 3 the header again
                "U02,\"教育局\n第二行\",institution,x",            // 4 good, a line break inside quotes
                "U03," + longName + ",enterprise,",             // 5 good, a 1 MB cell
                junk,                                            // 6 a 1 MB line of one cell
                "U04,总工会,mass_org,,extra",                     // 7 one cell too many
                "U05,医院",                                       // 8 two cells too few
                "",                                              //   a blank line: not a record
                "U06,\"未闭合,agency,",                            // 9 an unclosed quote ...
                "U07,供电公司,enterprise,") + "\r\n";            //   ... swallows the rest of the file
        Files.writeString(in.resolve("units.csv"), csv);

        IngestCounts c = ingest(spark, in, out, "units");

        assertEquals(List.of(
                "3 UNKNOWN_CODE: 代码不在代码表中: units.csv row 3: unit_type 'unit_type' is not one of agency, "
                        + "institution, mass_org, enterprise",
                "6 MALFORMED_ROW: 行格式错误: units.csv row 6: the row has 1 cells, the header has 4",
                "7 MALFORMED_ROW: 行格式错误: units.csv row 7: the row has 5 cells, the header has 4",
                "8 MALFORMED_ROW: 行格式错误: units.csv row 8: the row has 2 cells, the header has 4",
                "9 MALFORMED_ROW: 行格式错误: units.csv row 9: the row has 2 cells, the header has 4"),
                reasons(spark, out, "units"));
        // The unclosed quote of row 9 runs to the end of the file (RFC 4180): rows 9 and 10 are one record.
        assertEquals(List.of(8L, 3L, 0L, 5L), List.of(c.rowsRead(), c.rowsWritten(), c.rowsCollapsed(),
                c.rowsQuarantined()));
        assertEquals(List.of("备注"), c.ignoredColumns());
        List<Row> written = spark.read().parquet(out.resolve(Catalog.warehouse("units")).toString())
                .orderBy("unit_id").collectAsList();
        assertEquals("教育局\n第二行", written.get(1).getAs("unit_name"));
        assertEquals(longName, written.get(2).getAs("unit_name"));
        assertEquals("institution", written.get(1).getAs("unit_type"), "CRLF line ends leave no carriage return in a cell");
        for (Row q : quarantine(spark, out, "units")) {
            if (ReasonCode.MALFORMED_ROW.name().equals(q.getAs(QuarantineColumns.REASON_CODE))) {
                assertEquals(null, (String) q.getAs("unit_id"), "a malformed row keeps no cells");
                assertEquals(null, (String) q.getAs("unit_name"));
            }
        }
    }

    @Test
    void namesAndIdNumbersNeverLeaveIngestWhateverTheRowShape(SparkSession spark, @TempDir Path tmp)
            throws Exception {
        Path in = folder(tmp);
        Path out = tmp.resolve("out");
        Files.writeString(in.resolve("units.csv"), UNITS_HEADER + "U01,县委办公室,agency\n");
        Files.writeString(in.resolve("branches.csv"), "branch_id,branch_name,unit_id\nB01,第一支部,U01\n");
        String tail = ",1980-01-01,bachelor,full,ordinary,B01,2005-07-01,2020-01-01,,false,false,false";
        Charset gb = Charset.forName("GB18030");
        String members = "member_id,name,id_number,gender,birth_date,education,member_type,role,branch_id,"
                + "joined_date,valid_from,valid_to,exempt,mobile,mobility_impaired\n"
                + "DY-0001,欧阳明月,110101198001011234,M" + tail + "\n"                       // 2 good
                + "DY-0002,,,司马青云,11010119800202567X,F" + tail + "\n"                     // 3 two extra cells
                + "DY-0003,诸葛长风,110101198003033456,M" + tail + ",\n"                        // 4 one extra at the end
                + "DY-0004,上官飞燕,11010119800404789X" + tail + "\n"                           // 5 gender missing
                + "DY-0005,慕容秋水,110101198005051111,不详" + tail + "\n"                        // 6 bad gender
                + "DY-0006,令狐冲天,110101198006062222,F,1985-13-02" + tail.substring(11) + "\n"   // 7 month 13
                + "DY-0007,东方既白,110101198007073333,F,2023-02-29" + tail.substring(11) + "\n"   // 8 not a leap year
                + "DY-0008,西门吹雪,110101198008084444,M,0000-00-00" + tail.substring(11) + "\n"; // 9 year zero
        Files.write(in.resolve("members.csv"), members.getBytes(gb));
        Files.writeString(in.resolve("volunteer_logs.csv"), "log_id,member_id,date,theme,hours,organizer_unit_id\n"
                + "L1,DY-0001,2025-05-01,clean_home,NaN,U01\n"
                + "L2,DY-0001,2025-05-02,clean_home,Infinity,U01\n"
                + "L3,DY-0001,2025-05-03,clean_home,1e308,U01\n"
                + "L4,DY-0001,2025-05-04,clean_home,0x1A,U01\n"
                + "L5,DY-0001,2025-05-05,clean_home,1" + "0".repeat(400) + ",U01\n"
                + "L6,DY-0001,2025-05-06,clean_home,-0,U01\n"
                + "L7,DY-0001,2025-05-07,clean_home,2.5,U01\n");

        ingest(spark, in, out, "units");
        ingest(spark, in, out, "branches");
        IngestCounts m = ingest(spark, in, out, Members.NAME);
        IngestCounts v = ingest(spark, in, out, "volunteer_logs");

        assertEquals(List.of(8L, 1L, 7L), List.of(m.rowsRead(), m.rowsWritten(), m.rowsQuarantined()));
        assertEquals(List.of(
                "3 MALFORMED_ROW: 行格式错误: members.csv row 3: the row has 17 cells, the header has 15",
                "4 MALFORMED_ROW: 行格式错误: members.csv row 4: the row has 16 cells, the header has 15",
                "5 MALFORMED_ROW: 行格式错误: members.csv row 5: the row has 14 cells, the header has 15",
                "6 UNKNOWN_CODE: 代码不在代码表中: members.csv row 6: gender '不详' is not one of M, F",
                "7 BAD_DATE: 日期格式错误: members.csv row 7: birth_date '1985-13-02' is not a date",
                "8 BAD_DATE: 日期格式错误: members.csv row 8: birth_date '2023-02-29' is not a date",
                "9 BAD_DATE: 日期格式错误: members.csv row 9: birth_date '0000-00-00' is not a date"),
                reasons(spark, out, Members.NAME));
        assertEquals(List.of(7L, 2L, 5L), List.of(v.rowsRead(), v.rowsWritten(), v.rowsQuarantined()));
        assertEquals(List.of(
                "2 BAD_NUMBER: 数值格式错误: volunteer_logs.csv row 2: hours 'NaN' is not a number",
                "3 BAD_NUMBER: 数值格式错误: volunteer_logs.csv row 3: hours 'Infinity' is not a number",
                "4 BAD_NUMBER: 数值格式错误: volunteer_logs.csv row 4: hours '1e308' is not a number",
                "5 BAD_NUMBER: 数值格式错误: volunteer_logs.csv row 5: hours '0x1A' is not a number",
                "6 ABSURD_HOURS: 时长超出合理范围: volunteer_logs.csv row 6: hours '1" + "0".repeat(400)
                        + "' is more than 24 hours in a day"),
                reasons(spark, out, "volunteer_logs"));

        List<String> personal = List.of("欧阳明月", "司马青云", "诸葛长风", "上官飞燕", "慕容秋水", "令狐冲天", "东方既白",
                "西门吹雪", "110101198001011234", "11010119800202567X", "110101198003033456", "11010119800404789X",
                "110101198005051111", "110101198006062222", "110101198007073333", "110101198008084444");
        assertEquals(List.of(), PiiScan.findings(spark, out, personal));
    }
}

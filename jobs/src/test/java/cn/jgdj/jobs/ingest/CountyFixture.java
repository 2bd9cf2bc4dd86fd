package cn.jgdj.jobs.ingest;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.StagedJobIO;
import cn.jgdj.schemas.Datasets;
import cn.jgdj.schemas.quality.IngestCounts;
import cn.jgdj.schemas.raw.DatasetDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.SparkSession;

/**
 * The hand-made mini county of the ingest tests: CSV fixtures from test resources (UTF-8, UTF-8 with BOM,
 * GB18030, English and Chinese headers) plus volunteer_logs.xlsx built here with real Excel date cells.
 */
final class CountyFixture {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    static final byte[] SECRET = "test-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final String[] CSV = {"units", "branches", "venues", "members", "events", "attendance", "platform_usage"};

    private CountyFixture() {
    }

    /** Copies the fixture into {@code dir} and returns it. */
    static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : CSV) {
                try (InputStream in = CountyFixture.class.getResourceAsStream("/ingest/county/" + name + ".csv")) {
                    Files.copy(in, dir.resolve(name + ".csv"));
                }
            }
            writeVolunteerXlsx(dir.resolve("volunteer_logs.xlsx"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JobParams params(Path input) {
        return new JobParams(input.toString(), null, JobParams.DEFAULT_MIN_CELL_SIZE, AS_OF, null, SECRET, false);
    }

    /** Ingests every dataset in order, committing each before the next (as the DAG does). */
    static Map<String, IngestCounts> ingestAll(SparkSession spark, Path input, Path out) {
        Map<String, IngestCounts> counts = new LinkedHashMap<>();
        for (DatasetDef d : Datasets.ALL) {
            StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/" + d.name()).toString());
            counts.put(d.name(), IngestJob.run(io, params(input), d.name()));
            io.commit();
        }
        return counts;
    }

    /**
     * Rows 2-6: L01 a good log; L02 30 hours (absurd); L03 an unknown organizer unit; L04 negative hours;
     * L05 good, with its date as Chinese text and its hours as text.
     */
    static void writeVolunteerXlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("志愿服务");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            header(sheet.createRow(0), "记录编号", "党员编号", "服务日期", "服务主题", "服务时长", "组织单位编号");
            log(sheet.createRow(1), date, "L01", "DY-0001", LocalDate.of(2025, 5, 1), "理论宣讲", 2.5, "U01");
            log(sheet.createRow(2), date, "L02", "DY-0002", LocalDate.of(2025, 5, 2), "清洁家园", 30, "U02");
            log(sheet.createRow(3), date, "L03", "DY-0003", LocalDate.of(2025, 5, 3), "微心愿", 3, "U99");
            log(sheet.createRow(4), date, "L04", "DY-0003", LocalDate.of(2025, 5, 4), "双报到", -1, "U01");
            Row r = sheet.createRow(5);
            header(r, "L05", "DY-0011", "2025年5月5日", "双报到", "2", "U01");
            wb.write(out);
        }
    }

    private static void header(Row r, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            r.createCell(i).setCellValue(cells[i]);
        }
    }

    private static void log(Row r, CellStyle dateStyle, String id, String member, LocalDate day, String theme,
                            double hours, String unit) {
        r.createCell(0).setCellValue(id);
        r.createCell(1).setCellValue(member);
        r.createCell(2).setCellValue(day);
        r.getCell(2).setCellStyle(dateStyle);
        r.createCell(3).setCellValue(theme);
        r.createCell(4).setCellValue(hours);
        r.createCell(5).setCellValue(unit);
    }
}

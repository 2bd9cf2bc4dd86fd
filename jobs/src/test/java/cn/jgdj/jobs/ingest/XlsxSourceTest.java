package cn.jgdj.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSourceTest {

    private static List<RawRecord> read(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        wb.write(bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes.toByteArray()))) {
            return XlsxSource.readFirstSheet(pkg);
        }
    }

    @Test
    void datesBecomeIsoTextAndNumbersPlainDecimals() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("events");
            wb.createSheet("second sheet is ignored").createRow(0).createCell(0).setCellValue("x");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日 h:mm"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("活动编号");
            h.createCell(1).setCellValue("开始时间");
            h.createCell(2).setCellValue("学时");
            h.createCell(3).setCellValue("日期");
            Row r = s.createRow(2); // row 3: a gap in the sheet keeps the sheet's numbering
            r.createCell(0).setCellValue(1001);
            r.createCell(1).setCellValue(LocalDateTime.of(2025, 3, 1, 9, 30));
            r.getCell(1).setCellStyle(dateTime);
            r.createCell(2).setCellValue(2.5);
            r.createCell(3).setCellValue(LocalDateTime.of(2025, 3, 1, 0, 0));
            r.getCell(3).setCellStyle(date);
            Row sparse = s.createRow(3);
            sparse.createCell(2).setCellValue(true);
            List<RawRecord> rows = read(wb);
            assertEquals(3, rows.size());
            assertEquals(1, rows.get(0).row());
            assertArrayEquals(new String[] {"活动编号", "开始时间", "学时", "日期"}, rows.get(0).cells());
            assertEquals(3, rows.get(1).row());
            assertArrayEquals(new String[] {"1001", "2025-03-01 09:30:00", "2.5", "2025-03-01"}, rows.get(1).cells());
            assertEquals(4, rows.get(2).row());
            assertArrayEquals(new String[] {null, null, "TRUE"}, rows.get(2).cells());
        }
    }

    @Test
    void cellsPastTheHeaderMakeARowMalformedOnlyWhenFilled() {
        RawRecord shortRow = XlsxSource.fitToHeader(RawRecord.of(5, "a", "b"), 4);
        assertArrayEquals(new String[] {"a", "b", null, null}, shortRow.cells());
        assertEquals(RawRecord.WELL_FORMED, shortRow.malformedCellCount());
        RawRecord trailingBlanks = XlsxSource.fitToHeader(RawRecord.of(6, "a", "b", "c", "d", " ", null), 4);
        assertEquals(RawRecord.WELL_FORMED, trailingBlanks.malformedCellCount());
        RawRecord extra = XlsxSource.fitToHeader(RawRecord.of(7, "a", "b", "c", "d", "e"), 4);
        assertEquals(5, extra.malformedCellCount());
    }
}

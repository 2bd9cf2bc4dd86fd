package cn.jgdj.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A one-sheet .xlsx written with POI's streaming workbook (rows are flushed to disk, not held). The zip is then
 * rewritten with a fixed entry time and fixed document dates so the same rows give the same bytes.
 */
final class XlsxSink {
    /** 2000-01-01T00:00:00Z: any fixed instant keeps the output reproducible. */
    private static final long FIXED_TIME = 946_684_800_000L;

    private final Path path;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private int next;

    XlsxSink(Path path, String sheetName, List<String> header) {
        this.path = path;
        this.workbook = new SXSSFWorkbook(500);
        this.sheet = workbook.createSheet(sheetName);
        row(header.toArray(String[]::new));
        next = 1;
    }

    /** Writes a row of text cells; a null cell stays empty. */
    void row(String... cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    long rows() {
        return next - 1L;
    }

    void close() throws IOException {
        var props = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        props.setCreated(java.util.Optional.of(new Date(FIXED_TIME)));
        props.setModified(java.util.Optional.of(new Date(FIXED_TIME)));
        props.setCreator("jgdj demo county generator");
        Path raw = Files.createTempFile(path.toAbsolutePath().getParent(), ".venues", ".xlsx.tmp");
        try {
            try (OutputStream os = Files.newOutputStream(raw)) {
                workbook.write(os);
            }
            workbook.close();
            try (ZipFile zin = new ZipFile(raw.toFile());
                 OutputStream os = Files.newOutputStream(path);
                 ZipOutputStream zout = new ZipOutputStream(os)) {
                for (ZipEntry e : java.util.Collections.list(zin.entries())) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(FIXED_TIME);
                    zout.putNextEntry(copy);
                    try (InputStream in = zin.getInputStream(e)) {
                        in.transferTo(zout);
                    }
                    zout.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }
}

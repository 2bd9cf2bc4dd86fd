package cn.jgdj.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx export on the driver with POI's streaming (SAX) reader and hands the records
 * to Spark. Real Excel dates become ISO text, other numbers plain decimals (1001, not 1001.0), so the row parser
 * sees the same text a CSV export would hold. Row numbers are the sheet's own. Spreadsheets are small; large
 * exports come as CSV.
 */
final class XlsxSource {
    private XlsxSource() {
    }

    private static final int ROWS_PER_SLICE = 20_000;
    /** Every zip archive (so every .xlsx) starts with these bytes: "PK", 3, 4. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    static RawInput read(SparkSession spark, SourceFile src) {
        Path path = new Path(src.path());
        List<RawRecord> rows;
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (InputStream in = fs.open(path)) {
                byte[] magic = in.readNBytes(ZIP_MAGIC.length);
                if (magic.length == 0) {
                    throw new IngestException(src.fileName() + " is empty: expected a header row");
                }
                if (!Arrays.equals(magic, ZIP_MAGIC)) {
                    throw new IngestException(src.fileName() + " is not an .xlsx workbook (an .xlsx file is a zip"
                            + " archive; this one is not): save it from Excel as .xlsx, or export CSV");
                }
            }
            try (InputStream in = fs.open(path); OPCPackage pkg = OPCPackage.open(in)) {
                rows = readFirstSheet(pkg);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IngestException(src.fileName() + " cannot be read as an .xlsx workbook: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IngestException(src.fileName() + " is empty: expected a header row");
        }
        RawRecord headerRecord = rows.get(0);
        List<String> header = Arrays.asList(headerRecord.cells());
        int width = header.size();
        List<RawRecord> data = new ArrayList<>(rows.size() - 1);
        for (RawRecord r : rows.subList(1, rows.size())) {
            data.add(fitToHeader(r, width));
        }
        int slices = Math.max(1, Math.min(spark.sparkContext().defaultParallelism(), data.size() / ROWS_PER_SLICE + 1));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return RawInput.counted(header, jsc.parallelize(data, slices), data.size(), "xlsx");
    }

    /** Cells past the header's width that hold something make the row malformed; empty ones do not. */
    static RawRecord fitToHeader(RawRecord r, int width) {
        String[] cells = r.cells();
        int filled = cells.length;
        while (filled > 0 && Normalize.isBlank(cells[filled - 1])) {
            filled--;
        }
        String[] fitted = Arrays.copyOf(cells, width);
        return new RawRecord(r.row(), fitted, filled > width ? filled : RawRecord.WELL_FORMED);
    }

    static List<RawRecord> readFirstSheet(OPCPackage pkg)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = usesDate1904(reader);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        RowCollector collector = new RowCollector();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector,
                    new IsoDateFormatter(date1904), false));
            xml.parse(new InputSource(sheet));
        }
        return collector.rows;
    }

    private static boolean usesDate1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream wb = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if ("workbookPr".equals(local)) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(wb));
        }
        return found[0];
    }

    /** Collects rows as cell arrays, placing each cell by its reference (sheets omit empty cells). */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<RawRecord> rows = new ArrayList<>();
        private TreeMap<Integer, String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.isEmpty()) {
                return;
            }
            String[] out = new String[cells.lastKey() + 1];
            cells.forEach((i, v) -> out[i] = v);
            rows.add(RawRecord.of(rowNum + 1L, out));
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            if (ref != null && value != null && !value.isEmpty()) {
                cells.put((int) new CellReference(ref).getCol(), value);
            }
        }
    }

    /** Formats date cells as ISO text and other numbers as plain decimals, whatever the cell's display format. */
    private static final class IsoDateFormatter extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
        private final boolean date1904;

        IsoDateFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, date1904, true);
                boolean wholeDay = t.toLocalTime().toSecondOfDay() == 0;
                return wholeDay ? t.format(DATE) : t.format(DATE_TIME);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}

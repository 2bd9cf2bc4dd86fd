package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.testing.SparkSessionExtension;
import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.CsvFormulaGuard;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Published CSV copies read back with a standard RFC 4180 parser (Commons CSV); owner-only sensitive outputs. */
@ExtendWith(SparkSessionExtension.class)
class PublishedCsvTest {

    /** Hostile unit names, as a careless or malicious export could hold them, and what a spreadsheet would see. */
    private static final List<String[]> NAMES = List.of(
            new String[] {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
            new String[] {"+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"},
            new String[] {"-2+3", "'-2+3"},
            new String[] {"@SUM(A1)", "'@SUM(A1)"},
            new String[] {"\tTAB", "'\tTAB"},
            new String[] {"\rCR", "'\rCR"},
            new String[] {"'already quoted", "''already quoted"},
            new String[] {"say \"hi\" \\\" , two\nlines", "say \"hi\" \\\" , two\nlines"},
            new String[] {" 县 委 ", " 县 委 "},
            new String[] {"-5.2", "-5.2"},
            new String[] {"", ""});

    @Test
    void everyCellSurvivesAStandardParserAndFormulasAreGuarded(SparkSession spark, @TempDir Path out)
            throws Exception {
        StructType schema = new StructType().add("unit_name", DataTypes.StringType)
                .add("gap_pp", DataTypes.DoubleType).add("members", DataTypes.LongType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            rows.add(RowFactory.create(NAMES.get(i)[0], -5.25 * (i + 1), (long) -i));
        }
        rows.add(RowFactory.create(null, null, null));
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/t").toString());
        io.write(Catalog.indicator("hostile"), spark.createDataFrame(rows, schema).coalesce(1));
        io.commit();

        List<CSVRecord> read;
        try (Reader in = Files.newBufferedReader(out.resolve("indicators/hostile.csv"), StandardCharsets.UTF_8)) {
            read = CSVFormat.RFC4180.builder().get().parse(in).getRecords();
        }
        assertEquals(List.of("unit_name", "gap_pp", "members"), read.get(0).toList());
        assertEquals(NAMES.size() + 2, read.size());
        for (int i = 0; i < NAMES.size(); i++) {
            CSVRecord r = read.get(i + 1);
            assertEquals(List.of(NAMES.get(i)[1], String.valueOf(-5.25 * (i + 1)), String.valueOf(-i)), r.toList(),
                    "row " + i);
            assertEquals(NAMES.get(i)[0], CsvFormulaGuard.reveal(r.get(0)), "the guard is undone exactly");
        }
        assertEquals(List.of("", "", ""), read.get(NAMES.size() + 1).toList());
        String text = Files.readString(out.resolve("indicators/hostile.csv"));
        assertTrue(text.contains("\"say \"\"hi\"\" \\\"\" , two\nlines\""), "quotes doubled, backslash kept: " + text);
    }

    @Test
    void restrictedAndQuarantineOutputsAreOwnerOnly(SparkSession spark, @TempDir Path out) throws Exception {
        StagedJobIO io = new StagedJobIO(spark, out.toString(), out.resolve("_staging/p").toString());
        Row one = RowFactory.create("x");
        StructType schema = new StructType().add("c", DataTypes.StringType);
        io.write(Catalog.quarantine("units"), spark.createDataFrame(List.of(one), schema));
        io.write(Catalog.restricted("followup"), spark.createDataFrame(List.of(one), schema));
        io.write(Catalog.indicator("units"), spark.createDataFrame(List.of(one), schema));
        io.commit();

        for (String folder : List.of("quarantine", "restricted")) {
            try (Stream<Path> all = Files.walk(out.resolve(folder))) {
                for (Path p : all.toList()) {
                    String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                    assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
                            out.relativize(p).toString());
                }
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out.resolve("restricted/.followup.csv.crc"))));
    }
}

package cn.jgdj.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jgdj.schemas.CsvFormulaGuard;
import cn.jgdj.schemas.Members;
import cn.jgdj.schemas.raw.RawColumn;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every file the reference run published, as a reader outside the project sees it: each CSV parses with a
 * standard RFC 4180 parser (Apache Commons CSV) into rows of the header's width, with no text cell a spreadsheet
 * would run as a formula; and no name or ID number of the county's members file appears anywhere under OUT (raw
 * bytes of every file in UTF-8 and GB18030, the text of every PDF, the decompressed string cells of every Parquet
 * folder).
 */
@Tag("integration")
@ExtendWith(SharedFixtures.class)
class PublishedOutputsIT {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static ReferenceRun reference;

    @BeforeAll
    static void setUp(SharedFixtures.Reference sharedReference) {
        reference = sharedReference.get();
    }

    private static List<Path> files(String suffix) throws Exception {
        try (Stream<Path> all = Files.walk(reference.out())) {
            return all.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
    }

    @Test
    void everyPublishedCsvIsRfc4180WithFormulasGuarded() throws Exception {
        List<Path> csvs = files(".csv");
        assertTrue(csvs.size() >= 10, "CSV files under OUT: " + csvs);
        for (Path csv : csvs) {
            List<CSVRecord> records;
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                records = CSVFormat.RFC4180.builder().get().parse(in).getRecords();
            }
            String name = reference.out().relativize(csv).toString();
            assertTrue(!records.isEmpty(), name + " has a header");
            int width = records.get(0).size();
            for (CSVRecord r : records) {
                assertEquals(width, r.size(), name + " record " + r.getRecordNumber());
                for (String cell : r) {
                    boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                            && !cell.matches(CsvFormulaGuard.PLAIN_NUMBER);
                    assertTrue(!formula, name + " record " + r.getRecordNumber() + ": unguarded '" + cell + "'");
                }
            }
        }
    }

    @Test
    void noNameOrIdNumberAnywhereUnderOut() throws Exception {
        Set<String> personal = personalValues(reference.input().resolve(Members.NAME + ".csv"));
        assertTrue(personal.size() >= 400, "names and ID numbers of the county: " + personal.size());
        List<String> found = new ArrayList<>();
        Set<Path> parquetFolders = new TreeSet<>();
        try (Stream<Path> all = Files.walk(reference.out())) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith(".parquet")) {
                    parquetFolders.add(f.getParent());
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                List<String> texts = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8),
                        new String(bytes, GB18030)));
                if (file.endsWith(".pdf")) {
                    try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                        texts.add(new PDFTextStripper().getText(pdf));
                    }
                }
                for (String v : personal) {
                    if (texts.stream().anyMatch(t -> t.contains(v))) {
                        found.add(reference.out().relativize(f) + ": " + v);
                    }
                }
            }
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("PublishedOutputsIT")
                .config("spark.ui.enabled", "false").getOrCreate();
        for (Path folder : parquetFolders) {
            Dataset<Row> df = spark.read().parquet(folder.toString());
            StructField[] fields = df.schema().fields();
            for (Row r : df.collectAsList()) {
                for (int i = 0; i < fields.length; i++) {
                    if (fields[i].dataType().equals(DataTypes.StringType) && r.getString(i) != null
                            && personal.contains(r.getString(i).strip())) {
                        found.add(reference.out().relativize(folder) + " " + fields[i].name() + ": " + r.getString(i));
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * Names (three characters or more: a two-character name is too likely to occur in other Chinese text of the
     * packs) and ID numbers of the members file, which the generator writes in UTF-8 or GB18030.
     */
    private static Set<String> personalValues(Path members) throws Exception {
        byte[] bytes = Files.readAllBytes(members);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, GB18030);
        }
        List<CSVRecord> records = CSVFormat.RFC4180.builder().get().parse(new StringReader(text.replace("\uFEFF", "")))
                .getRecords();
        List<Integer> personalColumns = new ArrayList<>();
        for (int j = 0; j < records.get(0).size(); j++) {
            String h = records.get(0).get(j).strip();
            if (Members.DEF.columnForHeader(h).map(RawColumn::personal).orElse(false)) {
                personalColumns.add(j);
            }
        }
        assertEquals(2, personalColumns.size(), "name and id_number columns in " + records.get(0));
        Set<String> out = new LinkedHashSet<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            for (int j : personalColumns) {
                String v = j < r.size() ? r.get(j).strip() : "";
                if (v.length() >= 3) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}

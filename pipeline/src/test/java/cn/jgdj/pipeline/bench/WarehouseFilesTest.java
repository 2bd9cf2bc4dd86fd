package cn.jgdj.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseFilesTest {

    @Test
    void countsAndSizesEachTablesFilesPerPartitionFolder(@TempDir Path out) throws IOException {
        // attendance: year=2024 one file of 1,000 bytes; year=2025 split into two files, 3,000 and 2,000 bytes.
        file(out, "warehouse/attendance/year=2024/part-00000-a.c000.snappy.parquet", 1_000);
        file(out, "warehouse/attendance/year=2025/part-00000-b.c000.snappy.parquet", 3_000);
        file(out, "warehouse/attendance/year=2025/part-00001-b.c000.snappy.parquet", 2_000);
        // Spark's checksums and markers are not data files.
        file(out, "warehouse/attendance/year=2025/.part-00001-b.c000.snappy.parquet.crc", 40);
        file(out, "warehouse/attendance/_SUCCESS", 0);
        // units: not partitioned, one file.
        file(out, "warehouse/units/part-00000-c.snappy.parquet", 512);
        // a folder without Parquet files is left out
        Files.createDirectories(out.resolve("warehouse/empty"));

        WarehouseFiles w = WarehouseFiles.of(out);
        assertEquals(List.of(
                new WarehouseFiles.Table("attendance", 3, 2, 2, 1_000, 3_000, 6_000),
                new WarehouseFiles.Table("units", 1, 1, 1, 512, 512, 512)), w.tables());
        String table = w.table();
        assertTrue(table.contains("attendance            3        2         2         0.00        0.00       0.0"),
                table);
        assertTrue(table.contains("no file holds more than 20,000,000 rows"), table);
    }

    @Test
    void noWarehouseNoTable(@TempDir Path out) {
        assertEquals(List.of(), WarehouseFiles.of(out).tables());
        assertEquals("", WarehouseFiles.of(out).table());
    }

    private static void file(Path out, String name, int bytes) throws IOException {
        Path p = out.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, new byte[bytes]);
    }
}

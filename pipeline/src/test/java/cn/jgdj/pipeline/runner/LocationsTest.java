package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** What a run record stores for --input and --out: the same place from any working directory. */
class LocationsTest {
    private final Configuration conf = new Configuration();

    @Test
    void aRelativeFolderBecomesAbsoluteAgainstTheWorkingDirectory() {
        String cwd = Path.of("").toAbsolutePath().toString();

        assertEquals(cwd + "/county/in", Locations.absolute("county/in", conf));
        assertEquals(cwd + "/out", Locations.absolute("out/", conf));
        assertEquals("/data/in", Locations.absolute("/data/in", conf));
        assertEquals("/data/in", Locations.absolute("file:///data/in", conf));
    }

    @Test
    void aUriOfAnotherFilesystemStaysWhole() {
        assertEquals("hdfs://nn:8020/county/out", Locations.absolute("hdfs://nn:8020/county/out/", conf));
    }
}

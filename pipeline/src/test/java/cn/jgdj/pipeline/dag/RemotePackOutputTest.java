package cn.jgdj.pipeline.dag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack route for an OUT given as a Hadoop filesystem URI, here file: (what hdfs:// and s3a:// go through). */
class RemotePackOutputTest {
    @TempDir
    Path remoteDir;
    @TempDir
    Path local;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void onlyUrisTakeThisRoute() {
        assertTrue(RemotePackOutput.needed("hdfs://nn:8020/county/out"));
        assertTrue(RemotePackOutput.needed("s3a://bucket/out"));
        assertTrue(RemotePackOutput.needed("file:///data/out"));
        assertFalse(RemotePackOutput.needed("/data/out"));
        assertFalse(RemotePackOutput.needed("out"));
    }

    @Test
    void pullsWhatTheRendererReadsAndNothingElse() throws IOException {
        write(remoteDir.resolve("indicators/coverage.csv"), "period\n2025\n");
        write(remoteDir.resolve("indicators/units.csv"), "unit_id,unit_name,unit_type\n");
        write(remoteDir.resolve("quality/ingest_report.json"), "{}");
        write(remoteDir.resolve("runs/R1.json"), "{\"run_id\": \"R1\"}");
        write(remoteDir.resolve("runs/R0.json"), "{}");
        write(remoteDir.resolve("restricted/followup.csv"), "member_key\nabc\n");
        write(remoteDir.resolve("work/member_periods/part-0.parquet"), "x");

        new RemotePackOutput(new Configuration(), remoteDir.toUri().toString()).pull(local, "R1");

        assertEquals(List.of("indicators/coverage.csv", "indicators/units.csv", "quality/ingest_report.json",
                "runs/R1.json"), files(local));
        assertEquals("{\"run_id\": \"R1\"}", Files.readString(local.resolve("runs/R1.json")));
    }

    @Test
    void publishReplacesThePackWholeAndLeavesNoScratch() throws IOException {
        String out = remoteDir.toUri().toString();
        RemotePackOutput remote = new RemotePackOutput(new Configuration(), out);
        Path first = local.resolve("first");
        write(first.resolve("committee.pdf"), "v1");
        write(first.resolve("charts/old_chart.png"), "v1");
        remote.publish(first, "2025", "committee");
        Path pack = remoteDir.resolve("reports/2025/committee");
        assertEquals(List.of("charts/old_chart.png", "committee.pdf"), files(pack));

        Path second = local.resolve("second");
        write(second.resolve("committee.pdf"), "v2");
        write(second.resolve("index.html"), "v2");
        remote.publish(second, "2025", "committee");

        assertEquals(List.of("committee.pdf", "index.html"), files(pack));
        assertEquals("v2", Files.readString(pack.resolve("committee.pdf")));
        // Only the pack itself (Hadoop's local filesystem may add .crc checksums beside files, never folders).
        try (Stream<Path> s = Files.list(remoteDir.resolve("reports/2025"))) {
            assertEquals(List.of("committee"), s.map(p -> p.getFileName().toString()).toList());
        }
    }
}

package cn.jgdj.pipeline.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jgdj.jobs.io.NioLocalFileSystem;
import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;

/** The launcher's file:// choice reaches every Hadoop configuration, including ones made before it. */
class LocalFilesTest {

    @Test
    void fileUrisAreServedWithoutShellCommands() throws IOException {
        Configuration before = new Configuration();
        LocalFiles.withoutShellCommands();
        LocalFiles.withoutShellCommands(); // idempotent

        assertEquals(NioLocalFileSystem.class.getName(), before.get("fs.file.impl"));
        try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), new Configuration())) {
            assertEquals(NioLocalFileSystem.class, fs.getClass());
        }
    }
}

package cn.jgdj.pipeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default jobs jar is the -jobs.jar beside the running code, never the thin module jar. */
class JobsJarTest {

    @TempDir
    Path tmp;

    @Test
    void theJobsJarBesideTheThinJarOrTheClassesFolder() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("pipeline/target"));
        Path classes = Files.createDirectories(target.resolve("classes"));
        Path thin = Files.writeString(target.resolve("pipeline-1.0.0-SNAPSHOT.jar"), "thin");
        Path sources = Files.writeString(target.resolve("pipeline-1.0.0-SNAPSHOT-sources.jar"), "src");

        assertEquals(Optional.empty(), JobsJar.beside(thin), "no jobs jar built yet");

        Path jobs = Files.writeString(target.resolve("pipeline-1.0.0-SNAPSHOT-jobs.jar"), "jobs");
        Path old = Files.writeString(target.resolve("pipeline-0.9.0-jobs.jar"), "old");
        Files.setLastModifiedTime(old, FileTime.fromMillis(0));

        assertEquals(Optional.of(jobs), JobsJar.beside(thin));
        assertEquals(Optional.of(jobs), JobsJar.beside(classes));
        assertEquals(Optional.of(jobs), JobsJar.beside(jobs), "under spark-submit the jobs jar itself");
        assertEquals(Optional.of(old), JobsJar.beside(old));
        assertEquals(Optional.of(jobs), JobsJar.beside(sources));
    }
}

package cn.jgdj.pipeline.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The default jobs jar of an exported DAG: pipeline-VERSION-jobs.jar (the job classes and their libraries,
 * without Spark), never the thin module jar pipeline-VERSION.jar, which has no job classes of the other modules.
 */
public final class JobsJar {
    static final Pattern NAME = Pattern.compile("pipeline-.+-jobs\\.jar");

    private JobsJar() {
    }

    /** The jobs jar beside the code this command runs from (see {@link #beside}). */
    public static Optional<String> running() {
        CodeSource source = JobsJar.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return beside(Path.of(source.getLocation().toURI())).map(Path::toString);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The jobs jar for code at that location: the location itself when it is a jobs jar (under spark-submit),
     * else the newest pipeline-*-jobs.jar in the folder that holds it (target/, beside pipeline-VERSION.jar or
     * target/classes). Absolute and normalised.
     */
    static Optional<Path> beside(Path code) {
        Path abs = code.toAbsolutePath().normalize();
        if (Files.isRegularFile(abs) && NAME.matcher(abs.getFileName().toString()).matches()) {
            return Optional.of(abs);
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches() && Files.isRegularFile(f))
                    .max(Comparator.comparing(JobsJar::modified));
        } catch (IOException e) {
            throw new UncheckedIOException("looking for the jobs jar in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

package cn.jgdj.pipeline.export;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** Where the running code comes from, when that is a jar: the default jobs jar of an exported DAG. */
final class JobsJar {
    private JobsJar() {
    }

    static Optional<String> running() {
        CodeSource source = JobsJar.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar")
                    ? Optional.of(p.toAbsolutePath().normalize().toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package cn.jgdj.pipeline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Spark's scratch folder (spark.local.dir) for a local run. Shuffle and spill files hold member ids, so they
 * must not land in the shared system temp folder, where a killed run's blockmgr-* folders stay readable:
 * a local run uses OUT/_spark-local when OUT is on the local disk, else a per-user folder
 * (~/.cache/jgdj/spark-local/HASH-OF-OUT). The folder is owner-only (700) and emptied by the next run; the
 * caller must hold OUT's {@link RunLock}, so no other run is using it.
 */
public final class SparkLocalDir {
    public static final String NAME = "_spark-local";

    private SparkLocalDir() {
    }

    /**
     * Where a local run on this output root keeps Spark's scratch files.
     *
     * @param absoluteOutRoot OUT as {@link Locations#absolute} gives it: a plain path or file: URI when local
     */
    public static Path forOut(String absoluteOutRoot, Path userHome) {
        java.net.URI uri = new org.apache.hadoop.fs.Path(absoluteOutRoot).toUri();
        if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
            return Path.of(uri.getPath(), NAME);
        }
        return userHome.resolve(".cache/jgdj/spark-local").resolve(hash(absoluteOutRoot));
    }

    /** Empties the folder (leftovers of a killed run) and (re)creates it, readable by its owner only. */
    public static Path prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir.getParent());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                // The umask may have taken bits away from the attribute, never added: set them exactly.
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectory(dir);
                var f = dir.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setExecutable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
                f.setExecutable(true, true);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("preparing Spark's scratch folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

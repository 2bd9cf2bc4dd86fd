package cn.jgdj.pipeline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Spark's scratch folder (spark.local.dir) for a local run. Shuffle and spill files hold member ids, so they
 * must not land in the shared system temp folder, where a killed run's blockmgr-* folders stay readable:
 * a local run uses OUT/_spark-local/RUN_ID when OUT is on the local disk, else a per-user folder
 * (~/.cache/jgdj/spark-local/HASH-OF-OUT/RUN_ID). Both levels are owner-only (700). Runs of different tasks may go
 * on side by side, so each has its own folder, removes it when it ends, and clears only the folders of runs that
 * hold no live lock (see {@link RunLock#liveRuns}).
 */
public final class SparkLocalDir {
    public static final String NAME = "_spark-local";
    private static final String OWNER_ONLY = "rwx------";

    private SparkLocalDir() {
    }

    /**
     * Where the local runs on this output root keep Spark's scratch folders, one per run.
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

    /**
     * Creates the run's own folder under {@code base} (both owner-only) after deleting the folders of runs that
     * are over: what {@code base} holds is listed first, then {@code liveRuns} (the ids of live locks) is asked,
     * since a run takes its lock before it creates its folder.
     *
     * @return the run's folder, empty
     */
    public static Path prepare(Path base, String runId, Supplier<Set<String>> liveRuns) {
        try {
            if (!Files.isDirectory(base)) {
                Files.createDirectories(base.getParent());
                createOwnerOnly(base);
            }
            ownerOnly(base);
            List<Path> folders;
            try (Stream<Path> list = Files.list(base)) {
                folders = list.toList();
            }
            Set<String> live = liveRuns.get();
            for (Path p : folders) {
                if (!live.contains(p.getFileName().toString())) {
                    deleteTree(p);
                }
            }
            Path dir = base.resolve(runId);
            deleteTree(dir);
            createOwnerOnly(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("preparing Spark's scratch folder " + base.resolve(runId) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Deletes a run's folder when the run ends (Spark has removed its own files by then; a crash may not have). */
    public static void remove(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("removing Spark's scratch folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a tree that another starting run may be deleting too (a killed run's folder): gone is gone. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (NoSuchFileException e) {
            return;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                deleteTree(root);
                return;
            }
            throw e;
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }

    private static void createOwnerOnly(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
            } catch (FileAlreadyExistsException e) {
                // created by a run starting beside this one (the base folder): made owner-only below all the same
            }
        } else {
            Files.createDirectories(dir);
        }
        ownerOnly(dir);
    }

    private static void ownerOnly(Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // The umask may have taken bits away from the attribute, never added: set them exactly.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(OWNER_ONLY));
        } else {
            var f = dir.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setExecutable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
            f.setExecutable(true, true);
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

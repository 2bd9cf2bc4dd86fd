package cn.jgdj.jobs.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Owner-only permissions (folders 700, files 600) for outputs that hold member-level or raw data: restricted/
 * (member keys with their hours) and quarantine/ (raw cells of rejected rows). Applied on local filesystems,
 * where the default umask leaves them readable by every user of the machine; on HDFS or object stores access is
 * the cluster's business (its ACLs), so nothing is changed there.
 */
final class OwnerOnly {
    private OwnerOnly() {
    }

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final List<String> SENSITIVE = List.of("restricted", "quarantine");

    /** The first folder of a logical name (restricted/followup → restricted). */
    static String topFolder(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    /** Whether an output with this logical name, on this filesystem, gets owner-only permissions. */
    static boolean applies(String name, FileSystem fs) {
        return SENSITIVE.contains(topFolder(name)) && local(fs) != null;
    }

    /** Sets owner-only permissions on a file or folder and everything under it (Hadoop's .crc files included). */
    static void restrict(FileSystem fs, Path path) throws IOException {
        File root = local(fs).pathToFile(path);
        if (!root.exists()) {
            return;
        }
        try (Stream<java.nio.file.Path> all = Files.walk(root.toPath())) {
            for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) all::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (view == null) {
                    return; // not a POSIX filesystem (Windows): nothing to set
                }
                view.setPermissions(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
            }
        }
    }

    private static RawLocalFileSystem local(FileSystem fs) {
        if (fs instanceof LocalFileSystem l && l.getRawFileSystem() instanceof RawLocalFileSystem raw) {
            return raw;
        }
        return fs instanceof RawLocalFileSystem raw ? raw : null;
    }
}

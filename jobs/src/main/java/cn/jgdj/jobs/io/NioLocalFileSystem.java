package cn.jgdj.jobs.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file://}, checksums included) without its shell commands. Without Hadoop's
 * native library, which Spark's Hadoop client jars do not ship, {@link RawLocalFileSystem} starts a {@code chmod}
 * process for every file and folder it creates and an {@code ls -ld} process for every listed file whose
 * permission is read, as Spark's file listing does: 1,581 processes in a 435-member run, about 3 ms each, most of
 * them on the driver's one thread. This one does the same through java.nio, one system call each.
 * <p>Where the JVM has no {@code unix} attribute view (not Linux or macOS), it does what Hadoop does.
 * Chosen by the launcher for a local run, before any file system is opened (Hadoop caches the first one per
 * scheme): it adds {@link #DEFAULT_RESOURCE}, which sets {@code fs.file.impl}, to every Hadoop configuration of the
 * JVM. A cluster's file systems are its own.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
    /** A classpath resource that makes this class serve file:// URIs, for {@code Configuration.addDefaultResource}. */
    public static final String DEFAULT_RESOURCE = "cn/jgdj/jobs/io/nio-local-file-system.xml";

    public NioLocalFileSystem() {
        super(new Raw());
    }

    /** The raw (checksum-less) file system underneath. */
    static final class Raw extends RawLocalFileSystem {
        private static final String MODE_OWNER_GROUP = "unix:mode,owner,group";
        /** Permission bits of st_mode (with setuid, setgid and sticky), without the file type. */
        private static final int PERMISSION_BITS = 07777;

        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            try {
                Files.setAttribute(pathToFile(p).toPath(), "unix:mode", (int) permission.toShort());
            } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
                super.setPermission(p, permission);
            }
        }

        @Override
        public FileStatus getFileStatus(Path f) throws IOException {
            return withOwnerAndPermission(super.getFileStatus(f));
        }

        @Override
        public FileStatus[] listStatus(Path f) throws IOException {
            FileStatus[] listed = super.listStatus(f);
            for (int i = 0; i < listed.length; i++) {
                listed[i] = withOwnerAndPermission(listed[i]);
            }
            return listed;
        }

        /**
         * The status with its permission, owner and group read now: Hadoop's own status would read them lazily
         * with {@code ls -ld}. A file removed since it was listed keeps Hadoop's status (as before).
         */
        private FileStatus withOwnerAndPermission(FileStatus s) throws IOException {
            Map<String, Object> attributes;
            try {
                attributes = Files.readAttributes(pathToFile(s.getPath()).toPath(), MODE_OWNER_GROUP);
            } catch (UnsupportedOperationException | IllegalArgumentException | NoSuchFileException e) {
                return s;
            }
            int mode = (Integer) attributes.get("mode") & PERMISSION_BITS;
            return new FileStatus(s.getLen(), s.isDirectory(), s.getReplication(), s.getBlockSize(),
                    s.getModificationTime(), s.getAccessTime(), new FsPermission((short) mode),
                    ((UserPrincipal) attributes.get("owner")).getName(),
                    ((GroupPrincipal) attributes.get("group")).getName(), s.getPath());
        }
    }
}

package cn.jgdj.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The java.nio local file system against Hadoop's own, which reads and sets the same things with ls and chmod. */
class NioLocalFileSystemTest {
    @TempDir
    java.nio.file.Path tmp;

    private static FileSystem open(FileSystem fs) throws IOException {
        Configuration conf = new Configuration(false);
        conf.set("fs.permissions.umask-mode", "022");
        fs.initialize(URI.create("file:///"), conf);
        return fs;
    }

    @Test
    void createsFilesAndFoldersWithHadoopsModes() throws IOException {
        FileSystem fs = open(new NioLocalFileSystem());
        Path folder = new Path(tmp.toUri().toString(), "a/b");
        fs.mkdirs(folder);
        try (FSDataOutputStream out = fs.create(new Path(folder, "part-0.parquet"))) {
            out.writeBytes("x");
        }
        // Hadoop's defaults under umask 022: folders 777 & ~022, files 666 & ~022.
        assertEquals("rwxr-xr-x", mode(tmp.resolve("a")));
        assertEquals("rwxr-xr-x", mode(tmp.resolve("a/b")));
        assertEquals("rw-r--r--", mode(tmp.resolve("a/b/part-0.parquet")));
        assertEquals("rw-r--r--", mode(tmp.resolve("a/b/.part-0.parquet.crc")));

        fs.setPermission(new Path(folder, "part-0.parquet"), new FsPermission((short) 0640));
        assertEquals("rw-r-----", mode(tmp.resolve("a/b/part-0.parquet")));
    }

    @Test
    void listsWhatHadoopsOwnStatusReports() throws IOException {
        Files.createDirectories(tmp.resolve("d/year=2024"));
        Files.writeString(tmp.resolve("d/part-0"), "abc");
        Files.writeString(tmp.resolve("d/secret"), "12345");
        Files.setPosixFilePermissions(tmp.resolve("d/secret"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(tmp.resolve("d/year=2024"), PosixFilePermissions.fromString("rwxr-x---"));
        Path d = new Path(tmp.toUri().toString(), "d");

        FileStatus[] ours = sorted(open(new NioLocalFileSystem()).listStatus(d));
        FileStatus[] hadoops = sorted(open(new LocalFileSystem()).listStatus(d));

        assertEquals(3, ours.length);
        assertEquals(hadoops.length, ours.length);
        for (int i = 0; i < ours.length; i++) {
            FileStatus o = ours[i];
            FileStatus h = hadoops[i];
            assertEquals(h.getPath(), o.getPath());
            assertEquals(h.getLen(), o.getLen());
            assertEquals(h.isDirectory(), o.isDirectory());
            assertEquals(h.getModificationTime(), o.getModificationTime());
            assertEquals(h.getPermission(), o.getPermission(), h.getPath().toString());
            assertEquals(h.getOwner(), o.getOwner());
            assertEquals(h.getGroup(), o.getGroup());
        }
        assertEquals(new FsPermission((short) 0600), ours[1].getPermission());
        assertEquals(new FsPermission((short) 0750), ours[2].getPermission());
        assertEquals(5, ours[1].getLen());
        assertEquals(System.getProperty("user.name"), ours[1].getOwner());
    }

    @Test
    void statusOfOneFileMatchesHadoops() throws IOException {
        Files.writeString(tmp.resolve("f.json"), "{}");
        Path f = new Path(tmp.toUri().toString(), "f.json");
        FileStatus ours = open(new NioLocalFileSystem()).getFileStatus(f);
        FileStatus hadoops = open(new LocalFileSystem()).getFileStatus(f);
        assertEquals(hadoops.getPermission(), ours.getPermission());
        assertEquals(hadoops.getOwner(), ours.getOwner());
        assertEquals(hadoops.getGroup(), ours.getGroup());
        assertEquals(2, ours.getLen());
    }

    private static FileStatus[] sorted(FileStatus[] s) {
        Arrays.sort(s, Comparator.comparing(x -> x.getPath().getName()));
        return s;
    }

    private static String mode(java.nio.file.Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}

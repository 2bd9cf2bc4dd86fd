package cn.jgdj.pipeline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A cheap identity of a dataset as it is now: a digest of the names, sizes and modification times of its files,
 * without reading them. Rewriting a dataset changes it (new files, new times); reading it does not.
 */
public final class Fingerprints {
    /** The fingerprint of a location that does not exist. */
    public static final String ABSENT = "absent";

    private final Configuration conf;

    public Fingerprints(Configuration conf) {
        this.conf = conf;
    }

    /** Fingerprint of a file, a folder (all files under it) or a glob such as {@code in/members.*}. */
    public String of(String location) {
        Path path = new Path(location);
        try {
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                return ABSENT;
            }
            List<String> lines = new ArrayList<>();
            for (FileStatus match : matches) {
                if (match.isFile()) {
                    lines.add(line(match.getPath().getName(), match));
                } else {
                    String prefix = match.getPath().toUri().getPath();
                    RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                    while (files.hasNext()) {
                        LocatedFileStatus f = files.next();
                        if (!f.getPath().getName().startsWith(".")) {
                            String rel = match.getPath().getName() + f.getPath().toUri().getPath().substring(prefix.length());
                            lines.add(line(rel, f));
                        }
                    }
                }
            }
            lines.sort(null);
            return digest(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("fingerprinting " + location + ": " + e.getMessage(), e);
        }
    }

    private static String line(String name, FileStatus f) {
        return name + "\t" + f.getLen() + "\t" + f.getModificationTime();
    }

    /** A short SHA-256 digest of some text lines. */
    public static String digest(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

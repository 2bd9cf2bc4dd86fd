package cn.jgdj.pipeline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Reads small committed files under OUT (any Hadoop filesystem) for the CLI's summaries. */
final class OutFiles {
    private final String root;
    private final Configuration conf = new Configuration();

    OutFiles(String root) {
        this.root = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
    }

    String location(String name) {
        return root + "/" + name;
    }

    /** The text of OUT/NAME, or null when it does not exist. */
    String readText(String name) {
        Path p = new Path(location(name));
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                return null;
            }
            try (FSDataInputStream in = fs.open(p)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + p + ": " + e.getMessage(), e);
        }
    }

    boolean exists(String name) {
        Path p = new Path(location(name));
        try {
            return p.getFileSystem(conf).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("looking for " + p + ": " + e.getMessage(), e);
        }
    }
}

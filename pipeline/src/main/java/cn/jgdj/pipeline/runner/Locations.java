package cn.jgdj.pipeline.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Folders as a run record stores them: absolute, so a record means the same from any working directory. */
public final class Locations {
    private Locations() {
    }

    /**
     * The location qualified against its filesystem (a relative path against the working directory): a URI
     * such as hdfs://nn/data/out, or a plain absolute path when it is on the local disk and the local disk is
     * the default filesystem (where the two mean the same).
     */
    public static String absolute(String location, Configuration conf) {
        Path p = new Path(location);
        String scheme = p.toUri().getScheme();
        if (scheme != null && !"file".equals(scheme) && p.toUri().getPath().startsWith("/")) {
            // Already absolute on its own filesystem: no need to reach that filesystem to say so.
            return withoutTrailingSlash(p.toString());
        }
        try {
            FileSystem fs = p.getFileSystem(conf);
            Path q = fs.makeQualified(p);
            boolean localDefault = "file".equals(FileSystem.getDefaultUri(conf).getScheme());
            String s = "file".equals(q.toUri().getScheme()) && localDefault ? q.toUri().getPath() : q.toString();
            return withoutTrailingSlash(s);
        } catch (IOException e) {
            throw new UncheckedIOException("resolving " + location + ": " + e.getMessage(), e);
        }
    }

    private static String withoutTrailingSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}

package cn.jgdj.pipeline.runner;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** The size of a run's raw exports, which the launcher's choices for a small county go by. */
public final class InputSize {
    /** What {@link #bytes} says when the folder cannot be read: the size is not known. */
    public static final long UNKNOWN = -1;

    private InputSize() {
    }

    /** Bytes of every file under the input folder (on any Hadoop filesystem), or {@link #UNKNOWN}. */
    public static long bytes(String inputDir, Configuration conf) {
        if (inputDir == null) {
            return UNKNOWN;
        }
        Path p = new Path(inputDir);
        try {
            return p.getFileSystem(conf).getContentSummary(p).getLength();
        } catch (IOException | IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}

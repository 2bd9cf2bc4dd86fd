package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.OutputLayout;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** Reads and writes run records under OUT/runs/ (any Hadoop filesystem). */
public final class RunRecords {
    static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final OutputLayout layout;
    private final Configuration conf;

    public RunRecords(OutputLayout layout, Configuration conf) {
        this.layout = layout;
        this.conf = conf;
    }

    public String location(String runId) {
        return layout.run(runId);
    }

    /** The record of an earlier run, or empty when OUT/runs/RUN_ID.json does not exist. */
    public Optional<RunRecord> read(String runId) {
        Path p = new Path(location(runId));
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                return Optional.empty();
            }
            try (FSDataInputStream in = fs.open(p)) {
                return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading run record " + p + ": " + e.getMessage(), e);
        }
    }

    /**
     * Marks every record still "running" as interrupted. Only the holder of the OUT's {@link RunLock} may call
     * this: then no other run is going on, so a running record is one whose process was killed.
     *
     * @return the run ids marked
     */
    public List<String> markInterrupted() {
        Path dir = new Path(layout.root(), "runs");
        List<String> marked = new ArrayList<>();
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(dir)) {
                return marked;
            }
            for (FileStatus st : fs.listStatus(dir)) {
                String name = st.getPath().getName();
                if (!name.endsWith(".json") || name.startsWith(".")) {
                    continue;
                }
                Optional<RunRecord> r = read(name.substring(0, name.length() - ".json".length()));
                if (r.isPresent() && RunRecord.RUNNING.equals(r.get().state())) {
                    write(r.get().with(RunRecord.INTERRUPTED, r.get().ended(), r.get().tasks()));
                    marked.add(r.get().runId());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing run records in " + dir + ": " + e.getMessage(), e);
        }
        marked.sort(null);
        return marked;
    }

    /** Replaces the record; written beside and renamed so a reader never sees half a file. */
    public void write(RunRecord record) {
        Path p = new Path(location(record.runId()));
        Path tmp = new Path(p.getParent(), "." + p.getName() + ".tmp");
        try {
            FileSystem fs = fs(p);
            fs.mkdirs(p.getParent());
            try (FSDataOutputStream out = fs.create(tmp, true)) {
                out.write(toJson(record).getBytes(StandardCharsets.UTF_8));
            }
            fs.delete(p, false);
            if (!fs.rename(tmp, p)) {
                throw new IOException("could not move " + tmp + " to " + p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing run record " + p + ": " + e.getMessage(), e);
        }
    }

    /** On a local disk, the raw filesystem: people browse OUT/runs, and .crc files beside each record only confuse. */
    private FileSystem fs(Path p) throws IOException {
        FileSystem fs = p.getFileSystem(conf);
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    public static String toJson(RunRecord record) {
        try {
            return JSON.writeValueAsString(record) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RunRecord parse(String json) {
        try {
            return JSON.readValue(json, RunRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a run record: " + e.getMessage(), e);
        }
    }
}

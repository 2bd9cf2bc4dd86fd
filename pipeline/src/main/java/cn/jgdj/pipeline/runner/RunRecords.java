package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.OutputLayout;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
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

package cn.jgdj.pipeline.runner;

import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.run.RunRecord;
import cn.jgdj.schemas.run.RunRecordJson;
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
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * Reads and writes run records under OUT/runs/ (any Hadoop filesystem), as {@link RunRecordJson} encodes them.
 * {@link #JSON} is the same layout for the runner's own lock files.
 */
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
     * Marks as interrupted every record still "running" whose run is certainly over: no live lock on OUT names it
     * (see {@link RunLock#liveRuns}), so its process was killed. Runs going on beside this one (other tasks' runs
     * under Airflow) keep their records untouched.
     *
     * @return the run ids marked
     */
    public List<String> markInterrupted(RunLock.ProcessAlive alive) {
        Path dir = new Path(layout.root(), "runs");
        List<String> marked = new ArrayList<>();
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(dir)) {
                return marked;
            }
            List<String> running = new ArrayList<>();
            for (FileStatus st : fs.listStatus(dir)) {
                String name = st.getPath().getName();
                if (name.endsWith(".json") && !name.startsWith(".")) {
                    String runId = name.substring(0, name.length() - ".json".length());
                    readIfWhole(runId).filter(r -> RunRecord.RUNNING.equals(r.state())).ifPresent(r -> running.add(runId));
                }
            }
            if (running.isEmpty()) {
                return marked;
            }
            // A run writes its record only once it holds its lock, and its last record before releasing it: read
            // the locks after the records, and each record again after the locks.
            Set<String> live = RunLock.liveRuns(layout.root(), conf, alive);
            for (String runId : running) {
                if (live.contains(runId)) {
                    continue;
                }
                Optional<RunRecord> r = readIfWhole(runId);
                if (r.isPresent() && RunRecord.RUNNING.equals(r.get().state())) {
                    write(r.get().with(RunRecord.INTERRUPTED, r.get().ended(), r.get().tasks()));
                    marked.add(runId);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing run records in " + dir + ": " + e.getMessage(), e);
        }
        marked.sort(null);
        return marked;
    }

    /** A record, or empty when it is missing or does not parse (a damaged file is not this caller's to judge). */
    private Optional<RunRecord> readIfWhole(String runId) {
        try {
            return read(runId);
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the record; written beside under a name of its own (two processes may mark the same killed run)
     * and renamed, so a reader never sees half a file.
     */
    public void write(RunRecord record) {
        Path p = new Path(location(record.runId()));
        Path tmp = new Path(p.getParent(), "." + p.getName() + "." + UUID.randomUUID() + ".tmp");
        try {
            FileSystem fs = fs(p);
            fs.mkdirs(p.getParent());
            try (FSDataOutputStream out = fs.create(tmp, true)) {
                out.write(toJson(record).getBytes(StandardCharsets.UTF_8));
            }
            // A local rename replaces the old record at once; elsewhere (HDFS) rename does not overwrite.
            if (!(fs instanceof RawLocalFileSystem)) {
                fs.delete(p, false);
            }
            if (!fs.rename(tmp, p)) {
                fs.delete(tmp, false);
                // Only a killed run's record is ever written by two processes, both marking it interrupted.
                if (!fs.exists(p)) {
                    throw new IOException("could not move " + tmp + " to " + p);
                }
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
        return RunRecordJson.write(record);
    }

    /** A run record, or an {@link UncheckedIOException} saying where the text stops being one. */
    public static RunRecord parse(String json) {
        try {
            return RunRecordJson.read(json);
        } catch (IllegalArgumentException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        }
    }
}

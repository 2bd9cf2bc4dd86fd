package cn.jgdj.pipeline.runner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run at a time per output root: OUT/_lock, created atomically, names the run holding it (run id, host,
 * pid, start time). A second run on the same OUT fails at once with {@link RunLockedException}; a lock whose
 * process is gone (same host, pid not alive) is taken over with a notice. Released (deleted) when the run ends.
 */
public final class RunLock implements AutoCloseable {
    public static final String NAME = "_lock";

    /** Who holds a lock: what a second run prints. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"run_id", "host", "pid", "started", "process_started"})
    public record Holder(String runId, String host, long pid, String started, String processStarted) {

        /** This process, starting a run now. */
        static Holder current(String runId) {
            ProcessHandle self = ProcessHandle.current();
            return new Holder(runId, hostName(), self.pid(),
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                    self.info().startInstant().map(Instant::toString).orElse(null));
        }

        /**
         * Whether the holder's process is certainly gone: same host, and no process with its pid (or one started
         * at another time, the pid having been reused). A lock from another host is never judged gone.
         */
        boolean goneOn(String host, ProcessAlive alive) {
            return host.equals(this.host) && !alive.isAlive(pid, processStarted);
        }
    }

    /** Whether a process with that pid (and start time, when known) runs on this machine. */
    @FunctionalInterface
    public interface ProcessAlive {
        boolean isAlive(long pid, String processStarted);

        ProcessAlive SYSTEM = (pid, started) -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(p -> started == null || p.info().startInstant().map(Instant::toString)
                        .map(started::equals).orElse(true))
                .orElse(false);
    }

    private final FileSystem fs;
    private final Path path;
    private final Holder holder;

    private RunLock(FileSystem fs, Path path, Holder holder) {
        this.fs = fs;
        this.path = path;
        this.holder = holder;
    }

    /** The lock of an output root. */
    public static Path path(String outRoot) {
        return new Path(outRoot, NAME);
    }

    /**
     * Takes the lock of OUT for a run, or throws {@link RunLockedException} naming the run that holds it.
     *
     * @param notices told when a stale lock is taken over
     */
    public static RunLock acquire(String outRoot, Configuration conf, String runId, ProcessAlive alive,
                                  Consumer<String> notices) {
        Path path = path(outRoot);
        Holder me = Holder.current(runId);
        try {
            FileSystem fs = path.getFileSystem(conf);
            fs.mkdirs(path.getParent());
            boolean tookOver = false;
            // A few tries: the lock may vanish between our create and our read (its run just ended); a stale lock
            // is removed once, and if another run then creates it first, that run wins.
            for (int attempt = 0; attempt < 3; attempt++) {
                if (createExclusively(fs, path, RunRecords.JSON.writeValueAsBytes(me))) {
                    return new RunLock(fs, path, me);
                }
                if (!fs.exists(path)) {
                    continue;
                }
                Optional<Holder> held = read(fs, path);
                if (held.isEmpty()) {
                    throw new RunLockedException("OUT is in use: " + path + " exists but names no run (a run may be "
                            + "writing it just now); if no run is using " + outRoot + ", delete " + path);
                }
                Holder h = held.get();
                if (tookOver || !h.goneOn(me.host(), alive)) {
                    throw new RunLockedException("OUT is in use by run " + h.runId() + " started " + h.started()
                            + " (pid " + h.pid() + " on " + h.host() + "): wait for it to end, or give another --out. "
                            + "If that run is gone, delete " + path + ".");
                }
                notices.accept("Taking over " + path + " from run " + h.runId() + " started " + h.started()
                        + ": its process (pid " + h.pid() + " on " + h.host() + ") is gone.");
                fs.delete(path, false);
                tookOver = true;
            }
            throw new RunLockedException("OUT is in use: " + path + " keeps appearing and vanishing; try again");
        } catch (IOException e) {
            throw new UncheckedIOException("taking the run lock " + path + ": " + e.getMessage(), e);
        }
    }

    /** Who holds the lock of OUT, if anyone. */
    public static Optional<Holder> holder(String outRoot, Configuration conf) {
        Path path = path(outRoot);
        try {
            return read(path.getFileSystem(conf), path);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the run lock " + path + ": " + e.getMessage(), e);
        }
    }

    public Holder holder() {
        return holder;
    }

    /** Deletes the lock if it is still this run's. */
    @Override
    public void close() {
        try {
            Optional<Holder> now = read(fs, path);
            if (now.isPresent() && Objects.equals(now.get().runId(), holder.runId())) {
                fs.delete(path, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("releasing the run lock " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the file only if it does not exist, atomically. Hadoop's local filesystem checks and then creates
     * (two steps), so on a local disk the JDK's exclusive create (O_EXCL) is used; HDFS, S3A (conditional put)
     * and the other Hadoop filesystems create with overwrite=false atomically.
     */
    private static boolean createExclusively(FileSystem fs, Path path, byte[] content) throws IOException {
        if (fs instanceof LocalFileSystem local) {
            try {
                Files.write(local.pathToFile(path).toPath(), content, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
        try (FSDataOutputStream out = fs.create(path, false)) {
            out.write(content);
            return true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            return false;
        }
    }

    private static Optional<Holder> read(FileSystem fs, Path path) throws IOException {
        byte[] bytes;
        try (FSDataInputStream in = fs.open(path)) {
            bytes = in.readAllBytes();
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(RunRecords.JSON.readValue(new String(bytes, StandardCharsets.UTF_8), Holder.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The machine's name without a DNS lookup (a laptop's name often does not resolve). */
    static String hostName() {
        try {
            java.nio.file.Path kernel = java.nio.file.Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel, StandardCharsets.UTF_8).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}

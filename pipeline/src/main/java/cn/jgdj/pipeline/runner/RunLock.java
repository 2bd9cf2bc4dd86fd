package cn.jgdj.pipeline.runner;

import cn.jgdj.pipeline.dag.Selection;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.FileNotFoundException;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Who may run on an output root at the same time. A run of several tasks (the whole DAG, --from, --resume, ingest,
 * demo) holds OUT/_lock and excludes every other run; a run of one task ({@code --only TASK}, what each Airflow task
 * runs) holds OUT/_locks/TASK, so runs of different tasks go side by side while a second run of the same task, or
 * a run of several tasks, is refused at once with {@link RunLockedException}. Each lock file is created atomically
 * and names its holder (run id, task, host, pid, start time).
 * <p>Each run looks at the other runs' locks only after its own lock exists: of two runs starting together, at least
 * one sees the other and gives way (perhaps both, never neither). A run creates its lock before its staging folder,
 * scratch folder and record, so whatever carries the id of no live lock ({@link #liveRuns}) belongs to a run that
 * has ended or died. A lock whose process is gone (same host, pid not alive) is taken over with a notice; a lock
 * from another host never is. Released (deleted) when the run ends.
 */
public final class RunLock implements AutoCloseable {
    public static final String NAME = "_lock";
    /** The folder of the locks of single-task runs: OUT/_locks/TASK. */
    public static final String TASK_LOCKS = "_locks";

    /** Who holds a lock: what a refused run prints. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"run_id", "task", "host", "pid", "started", "process_started"})
    public record Holder(String runId, String task, String host, long pid, String started, String processStarted) {

        /** This process, starting a run now; {@code task} null for a run of several tasks. */
        static Holder current(String runId, String task) {
            ProcessHandle self = ProcessHandle.current();
            return new Holder(runId, task, hostName(), self.pid(),
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

        /** "run ID started WHEN (pid N on HOST)", with "--only TASK" for a single-task run. */
        String describe() {
            return "run " + runId + (task == null ? "" : " (--only " + task + ")") + " started " + started
                    + " (pid " + pid + " on " + host + ")";
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

    /** The lock of an output root, held by runs of several tasks. */
    public static Path path(String outRoot) {
        return new Path(outRoot, NAME);
    }

    /** The lock of one task on an output root, held by {@code --only TASK} runs. */
    public static Path taskPath(String outRoot, String task) {
        return new Path(new Path(outRoot, TASK_LOCKS), task);
    }

    /** The task a run of this selection locks alone ({@code --only TASK}), or null: it locks the whole OUT. */
    public static String lockedTask(Selection selection) {
        return selection.kind() == Selection.Kind.ONLY ? selection.task() : null;
    }

    /**
     * Takes the lock of OUT for a run of several tasks, or throws {@link RunLockedException} naming the run in
     * the way.
     *
     * @param notices told when a stale lock is taken over
     */
    public static RunLock acquire(String outRoot, Configuration conf, String runId, ProcessAlive alive,
                                  Consumer<String> notices) {
        return acquire(outRoot, conf, runId, null, alive, notices);
    }

    /**
     * Takes the lock a run needs: OUT's own when {@code task} is null, else the lock of that task, which runs of
     * other tasks do not need. Throws {@link RunLockedException} naming the run in the way, or the run already
     * using this run id.
     *
     * @param notices told when a stale lock is taken over
     */
    public static RunLock acquire(String outRoot, Configuration conf, String runId, String task, ProcessAlive alive,
                                  Consumer<String> notices) {
        Path path = task == null ? path(outRoot) : taskPath(outRoot, task);
        Holder me = Holder.current(runId, task);
        RunLock lock;
        try {
            lock = take(path.getFileSystem(conf), path, me, alive, notices);
        } catch (IOException e) {
            throw new UncheckedIOException("taking the run lock " + path + ": " + e.getMessage(), e);
        }
        try {
            // Only now, with our lock in place: a run that took its lock before ours is certainly visible.
            for (Map.Entry<Path, Holder> other : locks(lock.fs, outRoot).entrySet()) {
                Holder h = other.getValue();
                if (h.equals(me) || h.goneOn(me.host(), alive)) {
                    continue;
                }
                if (task == null || h.task() == null) {
                    throw new RunLockedException(inUse(h, other.getKey()));
                }
                if (h.runId().equals(runId)) {
                    throw new RunLockedException("run id " + runId + " is taken by " + h.describe()
                            + " on the same OUT: start this run again (it gets a new id)");
                }
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException("reading the run locks of " + outRoot + ": " + e.getMessage(), e);
        }
        return lock;
    }

    /** Creates the lock file; a stale one (its process gone) is taken over, a live one refuses the run. */
    private static RunLock take(FileSystem fs, Path path, Holder me, ProcessAlive alive, Consumer<String> notices)
            throws IOException {
        fs.mkdirs(path.getParent());
        byte[] content = RunRecords.JSON.writeValueAsBytes(me);
        // A few tries: the lock may vanish between our create and our read (its run just ended), or another run
        // may take a stale lock over just before us (then that run holds it and we are refused).
        for (int attempt = 0; attempt < 3; attempt++) {
            if (createExclusively(fs, path, content)) {
                return new RunLock(fs, path, me);
            }
            Optional<Holder> held = read(fs, path);
            if (held.isEmpty()) {
                if (!fs.exists(path)) {
                    continue;
                }
                throw new RunLockedException("OUT is in use: " + path + " exists but names no run (a run may be "
                        + "writing it just now); if no run is using it, delete " + path);
            }
            Holder h = held.get();
            if (!h.goneOn(me.host(), alive)) {
                throw new RunLockedException(me.task() == null ? inUse(h, path)
                        : "task " + me.task() + " is already running on this OUT in " + h.describe()
                        + ": wait for it to end. If that run is gone, delete " + path + ".");
            }
            removeStale(fs, path, h, me, notices);
        }
        throw new RunLockedException("OUT is in use: " + path + " keeps appearing and vanishing; try again");
    }

    private static String inUse(Holder h, Path lock) {
        return "OUT is in use by " + h.describe() + ": wait for it to end, or give another --out. "
                + "If that run is gone, delete " + lock + ".";
    }

    /**
     * Deletes a lock whose process is gone. Two runs may find the same stale lock: each first claims its removal
     * by creating a claim file named after the dead run, so only one deletes it, and only while it still names
     * the dead run (a new holder's lock is never deleted).
     */
    private static void removeStale(FileSystem fs, Path path, Holder stale, Holder me, Consumer<String> notices)
            throws IOException {
        Path claim = new Path(path.getParent(), "." + path.getName() + "." + stale.runId() + ".takeover");
        if (!createExclusively(fs, claim, RunRecords.JSON.writeValueAsBytes(me))) {
            Optional<Holder> claimer = read(fs, claim);
            if (claimer.isPresent() && claimer.get().goneOn(me.host(), ProcessAlive.SYSTEM)) {
                throw new RunLockedException("OUT is in use: " + path + " names run " + stale.runId() + ", whose "
                        + "process is gone, and " + claim + " was left by a run that died taking it over: if no run "
                        + "is starting, delete both");
            }
            pause(); // another run is taking it over right now; the caller tries again and meets that run's lock
            return;
        }
        try {
            Optional<Holder> still = read(fs, path);
            if (still.isPresent() && still.get().equals(stale)) {
                notices.accept("Taking over " + path + " from run " + stale.runId() + " started " + stale.started()
                        + ": its process (pid " + stale.pid() + " on " + stale.host() + ") is gone.");
                fs.delete(path, false);
            }
        } finally {
            fs.delete(claim, false);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunLockedException("interrupted while waiting for another run to take over a stale lock");
        }
    }

    /** Every lock on OUT, by file, with its holder; unreadable ones (being written just now) left out. */
    private static Map<Path, Holder> locks(FileSystem fs, String outRoot) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(path(outRoot));
        try {
            for (FileStatus st : fs.listStatus(new Path(outRoot, TASK_LOCKS))) {
                if (st.isFile() && !st.getPath().getName().startsWith(".")) {
                    files.add(taskPath(outRoot, st.getPath().getName())); // as OUT was given, for messages
                }
            }
        } catch (FileNotFoundException e) {
            // no single-task run yet
        }
        Map<Path, Holder> locks = new LinkedHashMap<>();
        for (Path p : files) {
            read(fs, p).ifPresent(h -> locks.put(p, h));
        }
        return locks;
    }

    /**
     * The ids of the runs holding a lock on OUT whose process is not certainly gone. A run takes its lock before it
     * creates anything named by its id, so a folder or record listed <em>before</em> this call whose id is not in
     * the answer belongs to a run that has ended or died.
     */
    public static Set<String> liveRuns(String outRoot, Configuration conf, ProcessAlive alive) {
        Path root = new Path(outRoot);
        try {
            FileSystem fs = root.getFileSystem(conf);
            String host = hostName();
            Set<String> live = new HashSet<>();
            for (Holder h : locks(fs, outRoot).values()) {
                if (!h.goneOn(host, alive)) {
                    live.add(h.runId());
                }
            }
            return live;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the run locks of " + outRoot + ": " + e.getMessage(), e);
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
            if (now.isPresent() && now.get().equals(holder)) {
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

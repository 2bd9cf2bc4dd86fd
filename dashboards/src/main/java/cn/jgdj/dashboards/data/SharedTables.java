package cn.jgdj.dashboards.data;

import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Typed indicator tables kept between the pack renders of one JVM: the three pack tasks of a local run read the
 * same CSVs, so each file is parsed once per run instead of once per pack. A table is reused only while its file
 * has the same {@link FileStamp} (size, modification and change time, inode) and was parsed by the same row
 * reader; a file written within the last {@link #RACY} is never shared, since a rewrite in the same clock tick
 * could keep its stamp. Only one output root's tables are kept, held softly, so a tight heap may drop them. Under
 * Airflow or spark-submit each pack runs in its own JVM and simply parses its files.
 */
public final class SharedTables {
    /** Files written more recently than this are parsed afresh every time. */
    static final Duration RACY = Duration.ofSeconds(2);
    /** The JVM's tables. */
    public static final SharedTables JVM = new SharedTables(Clock.systemUTC(), RACY);

    private record Key(Path file, Class<?> reader) {
    }

    private record Entry(FileStamp stamp, SoftReference<Table<?>> table) {
    }

    private final Clock clock;
    private final Duration racy;
    private final Map<Key, Entry> entries = new HashMap<>();
    private Path root;

    SharedTables(Clock clock, Duration racy) {
        this.clock = clock;
        this.racy = racy;
    }

    /** Forgets every table outside this output root (a render of another root starts afresh). */
    synchronized void keepOnly(Path outRoot) {
        Path r = outRoot.toAbsolutePath().normalize();
        if (!r.equals(root)) {
            entries.clear();
            root = r;
        }
    }

    /**
     * The table parsed from the file by this reader: the one kept, when the file has not changed since, else
     * freshly parsed (and kept when the file did not change while it was read).
     */
    @SuppressWarnings("unchecked")
    <T> Table<T> get(Path file, Class<?> reader, Supplier<Table<T>> parse) {
        Optional<FileStamp> before = FileStamp.of(file);
        if (before.isEmpty() || isRacy(before.get())) {
            return parse.get();
        }
        Key key = new Key(file.toAbsolutePath().normalize(), reader);
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && e.stamp().equals(before.get())) {
                Table<?> kept = e.table().get();
                if (kept != null) {
                    return (Table<T>) kept;
                }
            }
        }
        Table<T> parsed = parse.get();
        if (before.equals(FileStamp.of(file))) {
            synchronized (this) {
                entries.put(key, new Entry(before.get(), new SoftReference<>(parsed)));
            }
        }
        return parsed;
    }

    /** How many tables are kept (for tests). */
    synchronized int size() {
        return (int) entries.values().stream().filter(e -> e.table().get() != null).count();
    }

    private boolean isRacy(FileStamp s) {
        Instant written = s.lastWrite().toInstant();
        return !written.plus(racy).isBefore(clock.instant());
    }
}

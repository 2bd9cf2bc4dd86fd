package cn.jgdj.pipeline.cli;

import cn.jgdj.dashboards.fonts.CjkFonts;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a run needs from the machine, checked before any Spark work so that a run does not fail after minutes:
 * a font that draws Chinese when Chinese packs will be rendered, a writable OUT with room for the run, Java 17 or
 * later and enough heap. Every problem comes with the command that fixes it.
 */
final class Preflight {
    /** Below this, Spark's local mode refuses to start or spills everything; the launcher gives 6 GB. */
    static final long MIN_HEAP_BYTES = 900L << 20;
    static final int MIN_JAVA = 17;
    /** Room on OUT's disk any run needs: packs, indicator tables, records. */
    static final long BASE_DISK_BYTES = 256L << 20;

    /**
     * Room on OUT's disk a run needs: {@link #BASE_DISK_BYTES}, plus, when it ingests, twice the raw exports (the
     * curated tables and quarantine take about as much as the exports, Spark's scratch files under OUT up to as
     * much again; measured 114 MB of OUT for 130 MB of exports at 10,000 x 5, 405 MB shuffled over the run).
     */
    static long diskNeed(long ingestedBytes) {
        return BASE_DISK_BYTES + 2 * Math.max(0, ingestedBytes);
    }

    /** The machine as the checks see it; tests inject a font lookup that finds nothing, a small heap, .... */
    record Machine(int javaFeature, long maxHeapBytes, CjkFonts fonts, String fontInstallCommand) {
        static Machine current() {
            return new Machine(Runtime.version().feature(), Runtime.getRuntime().maxMemory(), CjkFonts.system(),
                    FontInstall.command());
        }
    }

    private final Machine machine;
    private final Configuration conf;

    Preflight(Machine machine, Configuration conf) {
        this.machine = machine;
        this.conf = conf;
    }

    /**
     * The problems found, each a sentence with its fix; empty when the run can start.
     *
     * @param diskNeed bytes the run will write under OUT ({@link #diskNeed}); 0 to leave disk space unchecked
     */
    List<String> problems(String outRoot, boolean chinesePacks, long diskNeed) {
        List<String> problems = new ArrayList<>();
        if (machine.javaFeature() < MIN_JAVA) {
            problems.add("Java " + machine.javaFeature() + " runs this, but the pipeline needs Java " + MIN_JAVA
                    + " or later: install a JDK 17+ and put it first on the PATH (or set JAVA_HOME).");
        }
        if (machine.maxHeapBytes() < MIN_HEAP_BYTES) {
            // -Xmx1g (spark-submit's default driver memory) reports about 989 MB: one survivor space is not counted.
            problems.add(String.format(Locale.ROOT, "the JVM may use only %d MB of heap; a run needs at least 1 GB "
                    + "(-Xmx1g): give more, e.g. JAVA_OPTS=-Xmx4g bin/pipeline ... (or --driver-memory under "
                    + "spark-submit)", machine.maxHeapBytes() >> 20));
        }
        if (chinesePacks && machine.fonts().find().isEmpty()) {
            problems.add("no TrueType font that can draw Chinese was found, and the Chinese packs need one: install "
                    + "it with\n      " + machine.fontInstallCommand() + "\n    or render the packs in English "
                    + "(--lang en).");
        }
        String notWritable = notWritable(outRoot);
        if (notWritable != null) {
            problems.add("OUT " + outRoot + " is not writable (" + notWritable + "): give an --out folder you can "
                    + "write to.");
        } else {
            long free = freeBytes(outRoot);
            if (free < diskNeed) {
                // A disk that fills up minutes in fails the run far from the cause (or stalls a scheduler).
                problems.add(String.format(Locale.ROOT, "only %,d MB are free on the disk of OUT %s, and this run "
                        + "needs about %,d MB there (its tables, packs and Spark's scratch files): free some space "
                        + "or give an --out on a larger disk.", free >> 20, outRoot, diskNeed >> 20));
            }
        }
        return problems;
    }

    /**
     * Bytes this user may still write where OUT is (OUT exists by now); unlimited on a filesystem that does not say
     * (object stores). On a local disk Java's usable space, not Hadoop's remaining: Hadoop counts the blocks reserved
     * for root and a quota's hidden room too (235 GB "free" on a disk with 75 GB usable).
     */
    private long freeBytes(String outRoot) {
        Path out = new Path(outRoot);
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs instanceof LocalFileSystem local) {
                return Files.getFileStore(local.pathToFile(out).toPath()).getUsableSpace();
            }
            return fs.getStatus(out).getRemaining();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Throws {@link RunFailedException} listing every problem, when there is one. */
    void check(String outRoot, boolean chinesePacks, long diskNeed) {
        List<String> problems = problems(outRoot, chinesePacks, diskNeed);
        if (!problems.isEmpty()) {
            throw new RunFailedException("this machine cannot run the pipeline yet (nothing was run):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** Null when OUT can be created and written to; else why not. A probe file is written and deleted. */
    private String notWritable(String outRoot) {
        Path out = new Path(outRoot);
        Path probe = new Path(out, "._write-probe-" + ProcessHandle.current().pid());
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out) && !fs.getFileStatus(out).isDirectory()) {
                return "it is a file";
            }
            fs.mkdirs(out);
            fs.create(probe, true).close();
            fs.delete(probe, false);
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}

package cn.jgdj.pipeline.dag;

import cn.jgdj.schemas.Catalog;
import cn.jgdj.schemas.OutputLayout;
import cn.jgdj.schemas.indicators.Indicators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;

/**
 * Packs for an OUT that is a Hadoop filesystem URI (hdfs://, s3a://, abfs://, file:). The renderer works on a
 * local folder (PDF and font libraries write java.nio files), so the pack task pulls what the renderer reads (the
 * public indicator CSVs, the ingest report, the run record) into a local folder, renders there, and publishes the
 * pack folder back: copied beside its final place, then renamed into it, so a reader never finds half a pack.
 */
final class RemotePackOutput {
    private final Configuration conf;
    private final OutputLayout remote;

    RemotePackOutput(Configuration conf, String outRoot) {
        this.conf = conf;
        this.remote = new OutputLayout(outRoot);
    }

    /** Whether OUT needs this route: any URI with a scheme; a plain path renders in place. */
    static boolean needed(String outRoot) {
        return outRoot.matches("[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Copies the renderer's inputs that exist under OUT into the local folder, in the same layout. */
    void pull(Path local, String runId) {
        OutputLayout to = new OutputLayout(local.toString());
        for (String table : Indicators.PUBLIC_TABLES) {
            copyIn(remote.indicatorCsv(table), to.indicatorCsv(table));
        }
        copyIn(remote.root() + "/" + Catalog.INGEST_REPORT, to.root() + "/" + Catalog.INGEST_REPORT);
        if (runId != null && !runId.isBlank()) {
            copyIn(remote.run(runId), to.run(runId));
        }
    }

    /** Publishes the local pack folder to OUT/reports/PERIOD/PACK, replacing an older one whole. */
    void publish(Path localPack, String period, String pack) {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(remote.report(period, pack));
        org.apache.hadoop.fs.Path parent = target.getParent();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        org.apache.hadoop.fs.Path incoming = new org.apache.hadoop.fs.Path(parent, "." + pack + ".tmp-" + tag);
        org.apache.hadoop.fs.Path previous = new org.apache.hadoop.fs.Path(parent, "." + pack + ".old-" + tag);
        try {
            FileSystem fs = target.getFileSystem(conf);
            // No .crc side files in a folder people open (file: OUT); HDFS and object stores keep their own.
            fs.setWriteChecksum(false);
            fs.mkdirs(parent);
            FileUtil.copy(localFs(), new org.apache.hadoop.fs.Path(localPack.toUri()), fs, incoming,
                    false, conf);
            boolean hadOne = fs.exists(target);
            if (hadOne && !fs.rename(target, previous)) {
                throw new IOException("cannot move the previous pack " + target + " aside");
            }
            if (!fs.rename(incoming, target)) {
                throw new IOException("cannot rename " + incoming + " to " + target);
            }
            if (hadOne) {
                fs.delete(previous, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("publishing the " + pack + " pack to " + target + ": " + e.getMessage(), e);
        }
    }

    private void copyIn(String from, String to) {
        org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(from);
        try {
            FileSystem fs = src.getFileSystem(conf);
            if (!fs.exists(src)) {
                return;
            }
            Files.createDirectories(Path.of(to).getParent());
            FileUtil.copy(fs, src, localFs(), new org.apache.hadoop.fs.Path(Path.of(to).toUri()),
                    false, conf);
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + from + " for the packs: " + e.getMessage(), e);
        }
    }

    /** The local disk without checksum side files. */
    private FileSystem localFs() throws IOException {
        return FileSystem.getLocal(conf).getRaw();
    }
}

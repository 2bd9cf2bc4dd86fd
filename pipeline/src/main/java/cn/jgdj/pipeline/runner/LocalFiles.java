package cn.jgdj.pipeline.runner;

import cn.jgdj.jobs.io.NioLocalFileSystem;
import org.apache.hadoop.conf.Configuration;

/**
 * The launcher's choice of Hadoop file system for file:// URIs in a local run: {@link NioLocalFileSystem}, which
 * sets permissions and reads them through java.nio instead of starting a chmod or ls process per file. Made at
 * the start of the command line (before any Hadoop file system is opened and cached) and again when the local
 * session starts; idempotent.
 */
public final class LocalFiles {
    private LocalFiles() {
    }

    /** Every Hadoop configuration of this JVM, made before or after, now serves file:// with NioLocalFileSystem. */
    public static void withoutShellCommands() {
        Configuration.addDefaultResource(NioLocalFileSystem.DEFAULT_RESOURCE);
    }
}

package cn.jgdj.dashboards.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * What says a file is still the one read before: its size, modification time, change time (on Unix: moved by
 * every write, and not settable) and file key (device and inode: a file published by a rename is a new inode).
 */
record FileStamp(long size, FileTime modified, FileTime changed, Object key) {

    /** The stamp of a regular file now, or empty when it is missing or unreadable. */
    static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new FileStamp(a.size(), a.lastModifiedTime(), changeTime(file), a.fileKey()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The later of the modification and change times: when the file's content last moved. */
    FileTime lastWrite() {
        return changed != null && changed.compareTo(modified) > 0 ? changed : modified;
    }

    private static FileTime changeTime(Path file) {
        try {
            return (FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return null; // no change time on this filesystem: size, modification time and key still count
        }
    }
}

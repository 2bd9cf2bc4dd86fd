package cn.jgdj.pipeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The process's largest resident set, which the heap figures do not show: Spark's off-heap pages (a local run
 * gives Spark off-heap memory), the code cache, thread stacks. Linux only ({@code /proc/self/status}); elsewhere
 * unknown.
 */
final class ResidentMemory {
    static final long UNKNOWN = -1;
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ResidentMemory() {
    }

    /**
     * Starts the peak over from the current resident set (Linux: "5" written to {@code /proc/self/clear_refs}), so
     * that each size of a ladder counts its own; nothing where that is not possible.
     */
    static void resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not Linux, or not allowed: the peak then counts from the JVM's start, which the report still shows.
        }
    }

    /** The largest resident set since the JVM started or the last {@link #resetPeak()}, in bytes, or UNKNOWN. */
    static long peak() {
        try {
            return Files.exists(STATUS) ? peakOf(Files.readAllLines(STATUS, StandardCharsets.UTF_8)) : UNKNOWN;
        } catch (IOException | SecurityException e) {
            return UNKNOWN;
        }
    }

    /** VmHWM of a {@code /proc/PID/status} text ("VmHWM:   123456 kB"), in bytes, or UNKNOWN without it. */
    static long peakOf(List<String> status) {
        for (String line : status) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return Long.parseLong(parts[0]) * 1024;
                }
            }
        }
        return UNKNOWN;
    }
}

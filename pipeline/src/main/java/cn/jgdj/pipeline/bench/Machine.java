package cn.jgdj.pipeline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/** What the figures were measured on: cores, memory, load, Java and Spark. */
public record Machine(int cores, long maxHeapBytes, long physicalMemoryBytes, double loadAverage, String java,
               String os, String spark, String master) {

    /** This JVM and machine, with the Spark version and master of the session the run uses. */
    public static Machine current(double loadAverage, String sparkVersion, String sparkMaster) {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long physical = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vm.vendor", "?") + ", " + System.getProperty("java.vm.name", "?") + ")";
        return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), physical,
                loadAverage, java, System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                sparkVersion, sparkMaster);
    }

    /** The system load average over the last minute, or a negative number when unknown. */
    public static double systemLoadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The process's CPU time so far (all threads: driver and local executors), or -1 when unknown. */
    public static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}

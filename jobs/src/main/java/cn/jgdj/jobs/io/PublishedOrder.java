package cn.jgdj.jobs.io;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;

/**
 * A published table in its documented order, gathered into one partition and sorted there. A published table is
 * written as one file in that order anyway ({@link StagedJobIO}), so a global {@code orderBy} buys nothing: its
 * range partitioning costs a sampling job over the rows before the shuffle (an extra Spark job and pass per
 * table), and its partitions are read back one by one into that single file. The sort keys must be unique per row,
 * as every published order is, so ties cannot make the order depend on the input's partitioning.
 */
public final class PublishedOrder {
    private PublishedOrder() {
    }

    /** The rows in one partition, sorted by {@code order}. */
    public static <T> Dataset<T> sorted(Dataset<T> rows, Column... order) {
        return rows.repartition(1).sortWithinPartitions(order);
    }

    /**
     * The rows in one partition, sorted by {@code order}, gathered without a shuffle of their own: the last stage
     * that makes them (e.g. the final aggregation after its shuffle) runs as one task ({@code coalesce(1)}) and
     * sorts there. Saves the gathering shuffle and its Spark job; only for rows that stage makes cheaply in one task
     * (a final aggregation of a few thousand groups), never after a costly per-partition step, which
     * {@link #sorted} keeps spread over the cores.
     */
    public static <T> Dataset<T> sortedInLastStage(Dataset<T> rows, Column... order) {
        return rows.coalesce(1).sortWithinPartitions(order);
    }
}

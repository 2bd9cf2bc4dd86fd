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
}

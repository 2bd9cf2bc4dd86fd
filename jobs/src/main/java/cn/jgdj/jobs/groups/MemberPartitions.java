package cn.jgdj.jobs.groups;

import static org.apache.spark.sql.functions.col;

import cn.jgdj.schemas.Members;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The members table spread over as many tasks as Spark runs at once, before a job's per-member window step.
 * A county's members table is small (a few MB), so AQE coalesces its shuffle by member into one partition, and the
 * step after it, where each member row meets every window of the job (80 months and quarters for platform
 * engagement), ran as one task on one core. Hash-partitioned by member_key into Spark's default parallelism (the
 * cores of a local run, every executor's cores on a cluster), a number AQE keeps; the step's window by member
 * needs no other shuffle, so the plan has as many exchanges as before.
 */
public final class MemberPartitions {
    private MemberPartitions() {
    }

    /** The same rows, hash-partitioned by member_key into the default parallelism. */
    public static Dataset<Row> spread(Dataset<Row> members) {
        int partitions = Math.max(1, members.sparkSession().sparkContext().defaultParallelism());
        return members.repartition(partitions, col(Members.MEMBER_KEY));
    }
}

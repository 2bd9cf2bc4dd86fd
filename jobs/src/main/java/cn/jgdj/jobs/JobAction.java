package cn.jgdj.jobs;

import cn.jgdj.jobs.io.JobIO;

/** What a job does: reads its declared inputs and writes its declared outputs through the given JobIO. */
@FunctionalInterface
public interface JobAction {

    void run(JobIO io, JobParams params) throws Exception;
}

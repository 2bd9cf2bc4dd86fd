package cn.jgdj.pipeline.dag;

import cn.jgdj.jobs.JobParams;
import cn.jgdj.jobs.io.JobIO;

/** What a task does: reads its declared inputs and writes its declared outputs through the given JobIO. */
@FunctionalInterface
public interface TaskAction {

    void run(JobIO io, JobParams params) throws Exception;
}

package cn.jgdj.pipeline.dag;

/** The task declarations do not form a valid DAG (a cycle, a missing input, a duplicate name or output). */
public final class DagException extends RuntimeException {

    public DagException(String message) {
        super(message);
    }
}

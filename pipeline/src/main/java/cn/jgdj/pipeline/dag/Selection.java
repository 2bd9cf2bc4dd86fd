package cn.jgdj.pipeline.dag;

/** Which tasks of the DAG a run executes: all of them, one task and everything downstream, or one task. */
public record Selection(Kind kind, String task) {

    /** How the tasks are picked. */
    public enum Kind { ALL, FROM, ONLY }

    public static Selection all() {
        return new Selection(Kind.ALL, null);
    }

    public static Selection from(String task) {
        return new Selection(Kind.FROM, task);
    }

    public static Selection only(String task) {
        return new Selection(Kind.ONLY, task);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ALL -> "all tasks";
            case FROM -> "--from " + task;
            case ONLY -> "--only " + task;
        };
    }
}

package cn.jgdj.schemas;

/**
 * The words of a run record (OUT/runs/RUN_ID.json) that another module reads: the pipeline's runner writes them,
 * the packs print them. Shared here so the reader compares against the writer's own constants, never a guess.
 */
public final class RunRecordFormat {
    private RunRecordFormat() {
    }

    public static final String STARTED = "started";
    public static final String INPUT = "input";
    public static final String MEMBER_KEY = "member_key";
    public static final String SETTINGS = "settings";
    /** Settings entry: the rules file, or {@link #BUILT_IN_RULES}. */
    public static final String RULES = "rules";
    public static final String MIN_CELL_SIZE = "min_cell_size";

    /** {@link #MEMBER_KEY} when ids were hashed with the built-in demo key (public: demo data only). */
    public static final String DEMO_KEY = "demo key (not secret)";
    /** {@link #MEMBER_KEY} when the operator gave a key. */
    public static final String OPERATOR_KEY = "operator key";
    /** {@link #RULES} when the run used the built-in rules of DOMAIN.md. */
    public static final String BUILT_IN_RULES = "built-in";
}

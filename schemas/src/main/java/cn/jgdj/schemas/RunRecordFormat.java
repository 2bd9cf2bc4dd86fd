package cn.jgdj.schemas;

/**
 * The words inside a run record ({@link cn.jgdj.schemas.run.RunRecord}) that another module reads: the pipeline's
 * runner writes them, the packs print them. The record's field names come from the record itself
 * ({@link cn.jgdj.schemas.run.RunRecordJson}); these are its values and its settings' keys.
 */
public final class RunRecordFormat {
    private RunRecordFormat() {
    }

    /** Settings entry: the rules file, or {@link #BUILT_IN_RULES}. */
    public static final String RULES = "rules";
    public static final String MIN_CELL_SIZE = "min_cell_size";

    /** Member key when ids were hashed with the built-in demo key (public: demo data only). */
    public static final String DEMO_KEY = "demo key (not secret)";
    /** Member key when the operator gave a key. */
    public static final String OPERATOR_KEY = "operator key";
    /** {@link #RULES} when the run used the built-in rules of DOMAIN.md. */
    public static final String BUILT_IN_RULES = "built-in";
}

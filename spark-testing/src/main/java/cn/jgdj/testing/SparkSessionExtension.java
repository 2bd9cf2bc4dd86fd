package cn.jgdj.testing;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One small local SparkSession (local[2], UI off, two shuffle partitions, UTC) shared by every test class of the
 * test JVM, injected as a parameter: {@code @ExtendWith(SparkSessionExtension.class)} then
 * {@code @BeforeAll static void setUp(SparkSession s)}. Starting a session costs about 2 s, so one per JVM instead
 * of one per class; Spark's shutdown hook stops it. A test that stopped it (a CLI run stops its session) gets a
 * fresh one in the next class. Tests must leave the session's SQL settings as they found them.
 */
public final class SparkSessionExtension implements BeforeAllCallback, ParameterResolver {
    /**
     * The file system a local run's launcher chooses for file:// (LocalFiles), so that tests write and list files
     * as the product does; absent from the modules that do not see the jobs module.
     */
    private static final String LAUNCHERS_LOCAL_FILE_SYSTEM = "cn/jgdj/jobs/io/nio-local-file-system.xml";
    private static SparkSession shared;

    /** The JVM's test session, started on first use (again after something stopped it). */
    public static synchronized SparkSession session() {
        if (shared == null || shared.sparkContext().isStopped()) {
            if (SparkSessionExtension.class.getClassLoader().getResource(LAUNCHERS_LOCAL_FILE_SYSTEM) != null) {
                Configuration.addDefaultResource(LAUNCHERS_LOCAL_FILE_SYSTEM);
            }
            shared = SparkSession.builder()
                    .master("local[2]")
                    .appName("jgdj tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
        }
        return shared;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        session();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return session();
    }
}

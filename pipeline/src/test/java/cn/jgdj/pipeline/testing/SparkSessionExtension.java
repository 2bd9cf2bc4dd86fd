package cn.jgdj.pipeline.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** One small local SparkSession per test class (local[2], UI off, two shuffle partitions), injected as a parameter. */
public final class SparkSessionExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private SparkSession spark;

    @Override
    public void beforeAll(ExtensionContext context) {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("test-" + context.getDisplayName())
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (spark != null) {
            spark.stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == SparkSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return spark;
    }
}

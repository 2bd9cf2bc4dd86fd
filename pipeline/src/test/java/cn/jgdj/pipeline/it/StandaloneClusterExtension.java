package cn.jgdj.pipeline.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods a {@link SharedCluster}: one standalone cluster for the whole integration-test JVM (starting
 * one takes about a minute here), started on first use and stopped when JUnit closes its root store at the end.
 * Skips the class (or fails it, see {@link IntegrationEnv}) when no Spark distribution is configured.
 */
final class StandaloneClusterExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(StandaloneCluster.class);

    /** The cluster of this JVM, started by the first {@link #get()}. */
    static final class SharedCluster {
        private final ExtensionContext.Store store;

        private SharedCluster(ExtensionContext.Store store) {
            this.store = store;
        }

        StandaloneCluster get() {
            return store.getOrComputeIfAbsent("cluster", key -> {
                try {
                    return StandaloneCluster.start(IntegrationEnv.repo(),
                            IntegrationEnv.workDir("standalone-cluster"));
                } catch (Exception e) {
                    throw new IllegalStateException("could not start the standalone cluster: " + e.getMessage(), e);
                }
            }, StandaloneCluster.class);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        IntegrationEnv.sparkHome();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SharedCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new SharedCluster(context.getRoot().getStore(NS));
    }
}

package cn.jgdj.pipeline.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What the integration test classes share in one JVM, each made on first use and kept until JUnit closes its root
 * store at the end: the standalone cluster ({@link SharedCluster}, about a minute to start here) and the reference
 * run ({@link Reference}: the demo county and the pipeline run on it locally, the slowest step). Skips the class
 * (or fails it, see {@link IntegrationEnv}) when no Spark distribution is configured.
 */
final class SharedFixtures implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedFixtures.class);

    /** The cluster of this JVM, started by the first {@link #get()}. */
    static final class SharedCluster {
        private final ExtensionContext.Store store;

        private SharedCluster(ExtensionContext.Store store) {
            this.store = store;
        }

        StandaloneCluster get() {
            return store.getOrComputeIfAbsent(StandaloneCluster.class, key -> {
                try {
                    return StandaloneCluster.start(IntegrationEnv.repo(),
                            IntegrationEnv.workDir("standalone-cluster"));
                } catch (Exception e) {
                    throw new IllegalStateException("could not start the standalone cluster: " + e.getMessage(), e);
                }
            }, StandaloneCluster.class);
        }
    }

    /** The reference run of this JVM, made by the first {@link #get()}. */
    static final class Reference {
        private final ExtensionContext.Store store;

        private Reference(ExtensionContext.Store store) {
            this.store = store;
        }

        ReferenceRun get() {
            return store.getOrComputeIfAbsent(ReferenceRun.class, key -> {
                try {
                    return ReferenceRun.create(IntegrationEnv.workDir("reference"));
                } catch (Exception e) {
                    throw new IllegalStateException("the reference run failed: " + e.getMessage(), e);
                }
            }, ReferenceRun.class);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        IntegrationEnv.sparkHome();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SharedCluster.class || type == Reference.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NS);
        return parameter.getParameter().getType() == SharedCluster.class ? new SharedCluster(store)
                : new Reference(store);
    }
}

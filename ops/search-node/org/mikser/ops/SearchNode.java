package org.mikser.ops;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

/**
 * Starts one OpenSearch or Elasticsearch node in this JVM through codelibs' runner
 * (org.codelibs.opensearch.runner.OpenSearchRunner, org.codelibs.elasticsearch.runner
 * .ElasticsearchClusterRunner) and blocks until the JVM is terminated (SIGTERM runs a
 * shutdown hook that closes the node).
 *
 * The runners have the same API in different packages, so this one launcher drives either by
 * reflection and needs neither on its compile classpath: it is compiled once with javac (Java
 * 17 bytecode, so it also runs on the newer JDK OpenSearch 3 needs). The runners' own main()
 * cannot pin the HTTP port (it probes for a free one up to 9299) and starts three nodes.
 *
 * System properties (set by ops/lib/search-node.sh):
 *   mikser.node.runner     the runner class (required)
 *   mikser.node.home       base directory for config/data/logs (required)
 *   mikser.node.cluster    cluster name (default mikser)
 *   mikser.node.setting.K  node setting K (http.port, network.host, discovery.type...)
 */
public final class SearchNode {

    private static final String SETTING = "mikser.node.setting.";

    private SearchNode() {
    }

    public static void main(final String[] args) throws Exception {
        final Class<?> type = Class.forName(required("mikser.node.runner"));
        final Object runner = type.getConstructor().newInstance();
        // Never probe for another port: fail loudly if ours is taken.
        type.getMethod("setMaxHttpPort", int.class).invoke(runner, -1);

        final Map<String, String> settings = new TreeMap<>();
        for (final String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(SETTING)) {
                settings.put(name.substring(SETTING.length()), System.getProperty(name));
            }
        }
        final Class<?> builderType = Class.forName(type.getName() + "$Builder");
        final Object onBuild = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {builderType},
                (proxy, method, arguments) -> {
                    if (!"build".equals(method.getName())) {
                        // Object's methods (toString, hashCode, equals) on the callback itself.
                        return method.getDeclaringClass() == Object.class
                                ? objectMethod(proxy, method, arguments) : null;
                    }
                    final Object builder = arguments[1]; // (node index, Settings.Builder)
                    final Method put = builder.getClass().getMethod("put", String.class, String.class);
                    for (final Map.Entry<String, String> setting : settings.entrySet()) {
                        put.invoke(builder, setting.getKey(), setting.getValue());
                    }
                    return null;
                });
        type.getMethod("onBuild", builderType).invoke(runner, onBuild);

        Object configs = type.getMethod("newConfigs").invoke(null);
        final Class<?> configsType = configs.getClass();
        configs = configsType.getMethod("basePath", String.class).invoke(configs, required("mikser.node.home"));
        configs = configsType.getMethod("numOfNode", int.class).invoke(configs, 1);
        configs = configsType.getMethod("clusterName", String.class)
                .invoke(configs, System.getProperty("mikser.node.cluster", "mikser"));
        configs = configsType.getMethod("printOnFailure").invoke(configs);

        final Method isClosed = type.getMethod("isClosed");
        final Method close = type.getMethod("close");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                close.invoke(runner);
            } catch (final ReflectiveOperationException e) {
                System.err.println("close failed: " + e);
            }
        }, "mikser-search-node-shutdown"));

        try {
            type.getMethod("build", configsType).invoke(runner, configs);
        } catch (final InvocationTargetException e) {
            e.getCause().printStackTrace();
            System.exit(1);
        }
        System.out.println("mikser-search-node: started " + settings);

        while (!(Boolean) isClosed.invoke(runner)) {
            Thread.sleep(1000);
        }
    }

    private static Object objectMethod(final Object proxy, final Method method, final Object[] arguments) {
        switch (method.getName()) {
            case "equals":
                return proxy == arguments[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "mikser-search-node settings callback";
        }
    }

    private static String required(final String name) {
        final String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("-D" + name + " is required");
        }
        return value;
    }
}

package org.mikser.ops;

import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
 *   mikser.node.count      number of nodes (default 1; more is the cluster mode of
 *                          ops/cluster.sh, OpenSearch only). Node i (1-based) takes HTTP port
 *                          http.port+i-1 and transport port mikser.node.transport.port+i-1,
 *                          and the nodes find each other (discovery.seed_hosts) and elect a
 *                          cluster manager among themselves (cluster.initial_cluster_manager_nodes)
 *   mikser.node.transport.port  first transport port of a multi-node cluster (default 9481)
 *
 * A multi-node cluster lives in one JVM, so one node cannot be killed by a signal: the file
 * <home>/control/stop-node-N closes node N (its ports go away, the others see it leave) and
 * start-node-N starts it again (ops/opensearch.sh stop-node|start-node N).
 */
public final class SearchNode {

    private static final String SETTING = "mikser.node.setting.";

    private SearchNode() {
    }

    public static void main(final String[] args) throws Exception {
        final Class<?> type = Class.forName(required("mikser.node.runner"));
        final int nodes = Integer.getInteger("mikser.node.count", 1);
        final int transport = Integer.getInteger("mikser.node.transport.port", 9481);
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
                    if (nodes > 1) {
                        clusterNode(builder, put, (Integer) arguments[0], nodes,
                                Integer.parseInt(settings.get("http.port")), transport);
                    }
                    return null;
                });
        type.getMethod("onBuild", builderType).invoke(runner, onBuild);

        Object configs = type.getMethod("newConfigs").invoke(null);
        final Class<?> configsType = configs.getClass();
        configs = configsType.getMethod("basePath", String.class).invoke(configs, required("mikser.node.home"));
        configs = configsType.getMethod("numOfNode", int.class).invoke(configs, nodes);
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

        final Path control = Paths.get(required("mikser.node.home"), "control");
        Files.createDirectories(control);
        while (!(Boolean) isClosed.invoke(runner)) {
            if (nodes > 1) {
                obeyControlFiles(type, runner, control, nodes);
            }
            Thread.sleep(500);
        }
    }

    /** Node index's own name and ports, and its peers (index is the runner's, 1-based). */
    private static void clusterNode(final Object builder, final Method put, final int index,
            final int nodes, final int port, final int transport) throws ReflectiveOperationException {
        final List<String> names = new ArrayList<>();
        final List<String> peers = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) {
            names.add("mikser-node-" + i);
            peers.add("127.0.0.1:" + (transport + i - 1));
        }
        put.invoke(builder, "node.name", "mikser-node-" + index);
        put.invoke(builder, "http.port", String.valueOf(port + index - 1));
        put.invoke(builder, "transport.port", String.valueOf(transport + index - 1));
        final Method putList = builder.getClass().getMethod("putList", String.class, List.class);
        putList.invoke(builder, "discovery.seed_hosts", peers);
        putList.invoke(builder, "cluster.initial_cluster_manager_nodes", names);
    }

    private static void obeyControlFiles(final Class<?> type, final Object runner, final Path control,
            final int nodes) {
        for (int i = 1; i <= nodes; i++) {
            try {
                if (Files.deleteIfExists(control.resolve("stop-node-" + i))) {
                    System.out.println("mikser-search-node: closing node " + i);
                    ((Closeable) type.getMethod("getNode", int.class).invoke(runner, i - 1)).close();
                }
                if (Files.deleteIfExists(control.resolve("start-node-" + i))) {
                    System.out.println("mikser-search-node: starting node " + i);
                    type.getMethod("startNode", int.class).invoke(runner, i - 1);
                }
            } catch (final Exception e) {
                System.err.println("control of node " + i + " failed: " + e);
            }
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

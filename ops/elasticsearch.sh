#!/usr/bin/env bash
# Local single-node Elasticsearch 7.10.2 (the last Apache-licensed release) for tests and CI,
# from codelibs' elasticsearch-cluster-runner (ops/lib/search-node.sh says how it runs; the
# version: ops/elasticsearch/pom.xml).
#
#   ops/elasticsearch.sh start   resolve if needed, start in background, wait for yellow/green;
#                                prints the base URL last
#   ops/elasticsearch.sh stop    stop via pid file (no-op when not running)
#   ops/elasticsearch.sh status  print cluster health; exit 0 running, 3 not running
#   ops/elasticsearch.sh url     print the base URL
#
# Env: ELASTICSEARCH_PORT (9250: not OpenSearch's 9200, so both run in one CI),
#      ELASTICSEARCH_HEAP (1g), ELASTICSEARCH_START_TIMEOUT (180 s),
#      ELASTICSEARCH_JAVA_HOME (a JDK 11-17); otherwise JAVA_HOME / PATH / /usr/lib/jvm.
# State (data, logs, pid, console output) lives in <repo>/.ops/elasticsearch.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE_NAME=elasticsearch
NODE_LABEL="Elasticsearch 7.10.2"
NODE_PROJECT="$SCRIPT_DIR/elasticsearch"
NODE_PROFILE=""
NODE_RUNNER="org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner"
NODE_PORT="${ELASTICSEARCH_PORT:-9250}"
NODE_HEAP="${ELASTICSEARCH_HEAP:-1g}"
NODE_START_TIMEOUT="${ELASTICSEARCH_START_TIMEOUT:-180}"
NODE_JAVA_HOME="${ELASTICSEARCH_JAVA_HOME:-}"
NODE_JAVA_HINT=ELASTICSEARCH_JAVA_HOME
# Elasticsearch 7.10 was built for Java 11-15 and starts on 17; newer JDKs are not risked.
NODE_JAVA_MIN=11
NODE_JAVA_MAX=17

# shellcheck source=lib/search-node.sh
. "$SCRIPT_DIR/lib/search-node.sh"
search_node_main "$@"

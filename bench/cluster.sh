#!/usr/bin/env bash
# Requests per second through the cluster's nginx (two nodes) and from one node alone
# (docs/operations.md, "Sizing"), with `wrk -t2 -c8 -d10s` under `nice` (the machine is shared).
# The cluster must be up (ops/cluster.sh start). Memory per worker is read from /proc after the
# runs. Prints a Markdown table.
#
#   bench/cluster.sh [DURATION]     (default 10s)
set -euo pipefail
cd "$(dirname "$0")/.."
bash ops/system-packages.sh wrk >/dev/null
DURATION="${1:-10s}"
PROXY=http://127.0.0.1:8080
NODE=http://127.0.0.1:8081
# A cached page (page-cache hit), a rendered page (a query parameter the cache never stores, so
# every request renders: derived fragments warm), and the health check (one database query).
declare -A PATHS=([hit]=/en/designers/ [rendered]="/en/designers/?bench=1" [healthz]=/healthz/)

rps() {
    nice -n 10 wrk -t2 -c8 -d"$DURATION" -H "X-Real-IP: 127.0.0.1" "$1" 2>&1 |
        awk '/Requests\/sec/ {print int($2)} /Non-2xx/ {print "non-2xx:" $NF > "/dev/stderr"}'
}

echo "| request | through nginx (2 nodes) | one node | ratio |"
echo "|---|---:|---:|---:|"
for kind in hit rendered healthz; do
    path="${PATHS[$kind]}"
    curl -s -o /dev/null "$PROXY$path"  # warm
    both="$(rps "$PROXY$path")"
    one="$(rps "$NODE$path")"
    echo "| $kind \`$path\` | $both | $one | $(awk -v a="$both" -v b="$one" 'BEGIN {printf "%.2f", a / b}') |"
done

echo
echo "| process | RSS MiB | PSS MiB |"
echo "|---|---:|---:|"
mem() { awk '/^Rss/ {r=$2} /^Pss:/ {p=$2} END {printf "%d | %d", r/1024, p/1024}' "/proc/$1/smaps_rollup"; }
for node in a b; do
    master="$(cat ".ops/cluster/node-$node/gunicorn.pid")"
    echo "| node $node gunicorn master | $(mem "$master") |"
    for worker in $(pgrep -P "$master"); do echo "| node $node gunicorn worker $worker | $(mem "$worker") |"; done
    worker_pid="$(cat ".ops/cluster/node-$node/task-worker-1.pid" 2>/dev/null || true)"
    [ -n "$worker_pid" ] && kill -0 "$worker_pid" 2>/dev/null && echo "| node $node task worker | $(mem "$worker_pid") |"
done
echo "| OpenSearch (3 nodes, one JVM) | $(mem "$(cat .ops/opensearch-cluster/node.pid)") |"
echo "| S3Proxy | $(mem "$(cat .ops/s3proxy/s3proxy.pid)") |"
echo "| Redis | $(mem "$(cat .ops/redis/redis.pid)") |"
echo "| nginx master | $(mem "$(cat .ops/cluster/nginx/nginx.pid)") |"

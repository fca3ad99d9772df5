#!/usr/bin/env bash
# A loopback Redis for the production cache (page cache, rate limits) in benchmarks and local
# production runs. Nothing is persisted.
#
#   ops/redis.sh start    install redis-server if missing, start it, print CACHE_URL last
#   ops/redis.sh stop     stop it (pid file)
#   ops/redis.sh url      print CACHE_URL
#
# Env: REDIS_PORT (6390). State lives in <repo>/.ops/redis.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$REPO_DIR/.ops/redis"
PID_FILE="$STATE_DIR/redis.pid"
PORT="${REDIS_PORT:-6390}"
URL="rediscache://127.0.0.1:$PORT/0"

case "${1:-start}" in
    start)
        bash "$REPO_DIR/ops/system-packages.sh" redis >&2
        mkdir -p "$STATE_DIR"
        if ! redis-cli -p "$PORT" ping >/dev/null 2>&1; then
            redis-server --bind 127.0.0.1 --port "$PORT" --daemonize yes --pidfile "$PID_FILE" \
                --save "" --appendonly no --maxmemory 256mb --maxmemory-policy volatile-lru \
                --logfile "$STATE_DIR/redis.log" --dir "$STATE_DIR"
            for _ in $(seq 1 20); do redis-cli -p "$PORT" ping >/dev/null 2>&1 && break; sleep 0.25; done
        fi
        echo "$URL"
        ;;
    stop)
        if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
            kill "$(cat "$PID_FILE")"
        fi
        rm -f "$PID_FILE"
        ;;
    url) echo "$URL" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac

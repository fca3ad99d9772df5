#!/usr/bin/env bash
# A local S3-compatible object store for media (the cluster, docs/operations.md): S3Proxy
# (org.gaul:s3proxy, Maven Central) in one JVM with its filesystem backend, because only Maven
# Central is reachable here (no docker, no tarball).
#
#   ops/s3proxy.sh start   build the classpath if needed, start in background, wait for it, print URL
#   ops/s3proxy.sh stop    stop via pid file (no-op when not running)
#   ops/s3proxy.sh status  exit 0 running, 3 not running
#   ops/s3proxy.sh url     print the MEDIA_STORAGE_URL (s3://KEY:SECRET@host:port/bucket)
#
# Env: S3PROXY_PORT (8090), S3PROXY_BUCKET (mikser-media), S3PROXY_KEY / S3PROXY_SECRET (local
# throwaway credentials), S3PROXY_HEAP (256m). State (objects, pid, log) in <repo>/.ops/s3proxy.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"
PROJECT_DIR="$SCRIPT_DIR/s3proxy"
STATE_DIR="$REPO_DIR/.ops/s3proxy"
PID_FILE="$STATE_DIR/s3proxy.pid"
OUT_FILE="$STATE_DIR/s3proxy.out"
CP_FILE="$PROJECT_DIR/target/classpath.txt"
MAIN_CLASS="org.gaul.s3proxy.Main"

HOST=127.0.0.1
PORT="${S3PROXY_PORT:-8090}"
BUCKET="${S3PROXY_BUCKET:-mikser-media}"
KEY="${S3PROXY_KEY:-mikser-local}"
SECRET="${S3PROXY_SECRET:-mikser-local-secret}"
HEAP="${S3PROXY_HEAP:-256m}"
URL="s3://${KEY}:${SECRET}@${HOST}:${PORT}/${BUCKET}"

log() { echo "s3proxy.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

alive() {
    kill -0 "$1" 2>/dev/null || return 1
    [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || echo Z)" != "Z" ]
}

running_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if [ -z "$pid" ] || ! alive "$pid"; then return 1; fi
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -Fx "$MAIN_CLASS" >/dev/null || return 1
    printf '%s' "$pid"
}

answering() {
    # Any S3 answer (403 for an unsigned request) means the server is up.
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://${HOST}:${PORT}/")" != "000" ]
}

needs_build() {
    local jar
    [ -s "$CP_FILE" ] || return 0
    [ -z "$(find "$PROJECT_DIR/pom.xml" -newer "$CP_FILE" -print -quit)" ] || return 0
    while IFS= read -r -d ':' jar; do [ -f "$jar" ] || return 0; done < <(printf '%s:' "$(cat "$CP_FILE")")
    return 1
}

build() {
    log "resolving S3Proxy with Maven (first run downloads ~120 MB to ~/.m2)"
    mkdir -p "$PROJECT_DIR/target"
    mvn -B -Dstyle.color=never -f "$PROJECT_DIR/pom.xml" dependency:build-classpath \
        -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime </dev/null \
        >"$STATE_DIR/maven-build.log" 2>&1 || { tail -n 40 "$STATE_DIR/maven-build.log" >&2; die "maven failed"; }
}

cmd_start() {
    mkdir -p "$STATE_DIR/data"
    local pid
    if pid="$(running_pid)"; then log "already running (pid $pid)"; echo "$URL"; return 0; fi
    answering && die "port $PORT is in use by another process"
    command -v java >/dev/null || die "java is required (Java 17)"
    if needs_build; then build; fi
    cat >"$STATE_DIR/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://${HOST}:${PORT}
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${KEY}
s3proxy.credential=${SECRET}
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=${STATE_DIR}/data
PROPS
    nohup java -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseSerialGC \
        -Dlogback.configurationFile="$PROJECT_DIR/logback.xml" \
        -cp "$(cat "$CP_FILE")" "$MAIN_CLASS" --properties "$STATE_DIR/s3proxy.properties" \
        </dev/null >"$OUT_FILE" 2>&1 &
    pid=$!
    echo "$pid" >"$PID_FILE"
    for _ in $(seq 1 60); do
        if answering; then log "serving http://${HOST}:${PORT}/ (pid $pid)"; echo "$URL"; return 0; fi
        alive "$pid" || break
        sleep 0.5
    done
    kill "$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    tail -n 30 "$OUT_FILE" >&2
    die "S3Proxy did not start"
}

cmd_stop() {
    local pid
    if ! pid="$(running_pid)"; then rm -f "$PID_FILE"; log "not running"; return 0; fi
    kill -TERM "$pid"
    for _ in $(seq 1 40); do alive "$pid" || break; sleep 0.25; done
    alive "$pid" && kill -KILL "$pid"
    rm -f "$PID_FILE"
    log "stopped (pid $pid)"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) if pid="$(running_pid)"; then echo "running (pid $pid) http://${HOST}:${PORT}"; else echo "not running"; exit 3; fi ;;
    url) echo "$URL" ;;
    *) echo "usage: $0 {start|stop|status|url}" >&2; exit 2 ;;
esac

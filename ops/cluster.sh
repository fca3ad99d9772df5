#!/usr/bin/env bash
# The site as a small cluster of real servers on loopback (docs/operations.md, "Cluster"):
#
#   nginx :8080 ──► app node a :8081 (gunicorn + the node's task worker)
#               └─► app node b :8082 (gunicorn + the node's task worker)
#   /media/ ──────► S3Proxy :8090 (bucket mikser-media)      ops/s3proxy.sh
#   PostgreSQL :5432, database mikser_cluster                 ops/postgres.sh
#   Redis :6390 (db 0 pages + derived, 1 rate limits, 2 sessions)   ops/redis.sh
#   OpenSearch, three nodes, HTTP :9281-9283, replicas 1       OPENSEARCH_NODES=3 ops/opensearch.sh
#
#   ops/cluster.sh start            start everything (idempotent), migrate, load the demo once
#   ops/cluster.sh stop             stop everything it started (PostgreSQL is shared: left running)
#   ops/cluster.sh status           one line per part; exit 0 when all run, 3 otherwise
#   ops/cluster.sh env              print the environment the nodes run with (tests read it)
#   ops/cluster.sh kill-node a|b    SIGKILL a node's gunicorn and worker (a machine dying)
#   ops/cluster.sh start-node a|b   start a node (again)
#   ops/cluster.sh stop-node a|b    stop a node gracefully (requests in flight finish)
#
# Env: CLUSTER_WORKERS (2 gunicorn processes per node), CLUSTER_THREADS (2),
#      CLUSTER_TASK_WORKERS (1 task worker per node, `manage.py run_worker`).
# State (nginx config and logs, node pids and logs, the shared secret) in <repo>/.ops/cluster.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$REPO_DIR/.ops/cluster"
OPS="$REPO_DIR/ops"
PY="$REPO_DIR/.venv/bin/python"
NGINX_PORT=8080
declare -A NODE_PORT=([a]=8081 [b]=8082)
DATABASE=mikser_cluster
export REDIS_PORT=6390
OS_ENV=(OPENSEARCH_NODES=3 OPENSEARCH_PORT=9281 OPENSEARCH_TRANSPORT_PORT=9481
    OPENSEARCH_HEAP="${CLUSTER_OPENSEARCH_HEAP:-1536m}")

# shellcheck source=lib/nginx.sh
. "$OPS/lib/nginx.sh"

log() { echo "cluster.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

write_env() {
    mkdir -p "$STATE_DIR"
    # One secret for every node: sessions, CSRF tokens and signed form tokens must verify on
    # whichever node the next request reaches.
    [ -s "$STATE_DIR/secret" ] || od -An -N32 -tx1 /dev/urandom | tr -d ' \n' >"$STATE_DIR/secret"
    # Values quoted: the nodes source this file, and URLs carry `&` and `?`.
    cat >"$STATE_DIR/env" <<EOF
DJANGO_SETTINGS_MODULE='config.settings.production'
SECRET_KEY='cluster-$(cat "$STATE_DIR/secret")'
ALLOWED_HOSTS='127.0.0.1,localhost'
SITE_ORIGIN='http://127.0.0.1:${NGINX_PORT}'
WAGTAILADMIN_BASE_URL='http://127.0.0.1:${NGINX_PORT}'
SECURE_SSL_REDIRECT='False'
DATABASE_URL='postgres://mikser:mikser@127.0.0.1:5432/${DATABASE}'
CACHE_URL='rediscache://127.0.0.1:${REDIS_PORT}/0?socket_connect_timeout=1&socket_timeout=2'
RATELIMIT_CACHE_URL='rediscache://127.0.0.1:${REDIS_PORT}/1?socket_connect_timeout=1&socket_timeout=2'
SESSION_CACHE_URL='rediscache://127.0.0.1:${REDIS_PORT}/2?socket_connect_timeout=1&socket_timeout=2'
RATELIMIT_IP_META_KEY='HTTP_X_REAL_IP'
SEARCH_URL='opensearch://127.0.0.1:9281,127.0.0.1:9282,127.0.0.1:9283/${DATABASE}?replicas=1'
MEDIA_STORAGE_URL='$(bash "$OPS/s3proxy.sh" url)?acl=public-read'
MEDIA_URL='/media/'
STATIC_ROOT='${STATE_DIR}/static'
SUBMISSION_RATE_PER_IP='${CLUSTER_SUBMISSION_RATE_PER_IP:-300/h}'
# Pages make their renditions on first request; encoding every AVIF up front takes minutes here.
DEMO_WARM_RENDITIONS='False'
EOF
}

# Run a command with the nodes' environment.
with_env() { (set -a && . "$STATE_DIR/env" && set +a && cd "$REPO_DIR" && "$@"); }

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || echo Z)" != Z ]; }
pid_of() { cat "$1" 2>/dev/null || true; }

start_database() {
    bash "$OPS/postgres.sh" start >/dev/null
    local admin="postgres://mikser:mikser@127.0.0.1:5432/postgres"
    local exists
    exists="$(cd / && psql -X -tAc "SELECT 1 FROM pg_database WHERE datname='${DATABASE}'" "$admin")"
    # The database belongs to this checkout's cluster: PostgreSQL is the machine's and outlives a
    # clone, so a database this checkout did not create names pictures its object store lacks.
    if [ "$exists" = 1 ] && [ ! -f "$STATE_DIR/database-created" ]; then
        (cd / && psql -X -q -c "DROP DATABASE ${DATABASE} WITH (FORCE)" "$admin")
        log "dropped database ${DATABASE}, left by another checkout"
        exists=""
    fi
    if [ "$exists" != 1 ]; then
        (cd / && psql -X -q -c "CREATE DATABASE ${DATABASE}" "$admin")
        touch "$STATE_DIR/database-created"
        log "created database ${DATABASE}"
    fi
}

prepare_site() {
    with_env "$PY" manage.py migrate --noinput -v 0
    with_env "$PY" manage.py compile_translations >/dev/null
    # Once for both nodes: on one machine they share STATIC_ROOT (on two, each node collects).
    with_env "$PY" manage.py collectstatic --noinput -v 0
    if [ "$(with_env "$PY" manage.py shell -c 'from home.models import HomePage; print(HomePage.objects.exists())' 2>/dev/null | tail -n1)" != True ]; then
        log "loading the demo content (pictures go to the object store)"
        with_env "$PY" manage.py load_demo_content
        with_env "$PY" manage.py update_index >/dev/null
    fi
}

start_node() {
    local name="$1" dir="$STATE_DIR/node-$1"
    mkdir -p "$dir"
    # serve-production.sh starts the node's task worker(s) next to gunicorn (TASK_WORKERS,
    # `manage.py run_worker`), with their pid files in the node's directory: every node runs its
    # own, so a node that dies takes only its share of the work with it (the queue is in
    # PostgreSQL; the other node's worker takes the tasks still waiting).
    with_env env GUNICORN_STATE_DIR="$dir" PORT="${NODE_PORT[$name]}" \
        WORKERS="${CLUSTER_WORKERS:-2}" THREADS="${CLUSTER_THREADS:-2}" \
        TASK_WORKERS="${CLUSTER_TASK_WORKERS:-1}" \
        GUNICORN_ARGS="--name mikser-node-$name" COLLECTSTATIC=0 \
        bash "$OPS/serve-production.sh" start >/dev/null
}

kill_node() {
    local name="$1" dir="$STATE_DIR/node-$1" pid
    for pid in $(pid_of "$dir/gunicorn.pid") $(cat "$dir"/task-worker-*.pid 2>/dev/null || true); do
        alive "$pid" || continue
        kill -KILL $(pgrep -P "$pid") "$pid" 2>/dev/null || true
    done
    rm -f "$dir/gunicorn.pid" "$dir"/task-worker-*.pid
}

# Gracefully: gunicorn finishes the requests in flight, the worker the task it is running.
stop_node() {
    GUNICORN_STATE_DIR="$STATE_DIR/node-$1" bash "$OPS/serve-production.sh" stop 2>/dev/null || true
}

write_nginx_conf() {
    local dir="$STATE_DIR/nginx"
    mkdir -p "$dir"
    cat >"$dir/nginx.conf" <<EOF
# Generated by ops/cluster.sh; edits are overwritten at the next start.
$(nginx_conf_head "$dir")
worker_processes 1;
events { worker_connections 1024; }
http {
$(nginx_http_head "$dir")
    log_format upstream '\$remote_addr "\$request" \$status upstream=\$upstream_addr '
                        'upstream_status=\$upstream_status time=\$request_time';
    access_log ${dir}/logs/access.log upstream;
    # A portfolio: up to five projects of three pictures of 10 MB each, and the form.
    client_max_body_size 160m;

    upstream mikser_nodes {
        # A node that refuses or drops a connection is left alone for 10 s, then tried again.
        server 127.0.0.1:${NODE_PORT[a]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${NODE_PORT[b]} max_fails=1 fail_timeout=10s;
        keepalive 16;
        # Shorter than gunicorn's keep-alive (5 s), so nginx never sends a request down a
        # connection the node is closing (a POST sent so could not be retried).
        keepalive_timeout 4s;
    }

    server {
        listen 127.0.0.1:${NGINX_PORT};
        server_name _;

        # Media from the object store: every node wrote there, nginx reads it for everybody.
        location /media/ {
            limit_except GET { deny all; }
            proxy_pass http://127.0.0.1:8090/mikser-media/;
            proxy_hide_header x-amz-request-id;
            proxy_hide_header x-amz-id-2;
            expires 1h;
        }

        location / {
            proxy_pass http://mikser_nodes;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Real-IP \$remote_addr;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # Retries. A request goes to the other node when this one refuses the connection,
            # drops it, times out or answers 502/504 (gunicorn gone mid-request). nginx never
            # passes on a POST that already reached a node (no \`non_idempotent\`): the node may
            # have stored it. A POST whose connection was refused never reached the app, so it
            # is retried, which is what keeps submissions from being lost when a node is down.
            # 503 is the site's own answer (database down) and is passed to the visitor.
            proxy_next_upstream error timeout http_502 http_504;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
        }
    }
}
EOF
}

start_nginx() {
    local dir="$STATE_DIR/nginx"
    bash "$OPS/system-packages.sh" nginx >/dev/null
    write_nginx_conf
    if alive "$(pid_of "$dir/nginx.pid")"; then
        nginx_run "$dir" -s reload
    else
        nginx_run "$dir"
    fi
}

stop_nginx() {
    local dir="$STATE_DIR/nginx" pid
    pid="$(pid_of "$dir/nginx.pid")"
    alive "$pid" && kill -QUIT "$pid"
    for _ in $(seq 1 20); do alive "$pid" || break; sleep 0.25; done
    return 0
}

wait_for_proxy() {
    for _ in $(seq 1 60); do
        curl -fs -o /dev/null "http://127.0.0.1:${NGINX_PORT}/healthz/" && return 0
        sleep 1
    done
    die "nginx does not answer /healthz/ (see $STATE_DIR/nginx/logs/error.log)"
}

cmd_start() {
    local started=$SECONDS
    bash "$OPS/system-packages.sh" redis nginx >/dev/null
    write_env
    start_database
    bash "$OPS/redis.sh" start >/dev/null
    bash "$OPS/s3proxy.sh" start >/dev/null
    env "${OS_ENV[@]}" bash "$OPS/opensearch.sh" start >/dev/null
    prepare_site
    start_node a
    start_node b
    start_nginx
    wait_for_proxy
    log "up in $((SECONDS - started))s: http://127.0.0.1:${NGINX_PORT}/"
    echo "http://127.0.0.1:${NGINX_PORT}"
}

cmd_stop() {
    stop_nginx
    stop_node a
    stop_node b
    env "${OS_ENV[@]}" bash "$OPS/opensearch.sh" stop
    bash "$OPS/s3proxy.sh" stop
    bash "$OPS/redis.sh" stop
    log "stopped (PostgreSQL is shared and left running; ops/postgres.sh stop stops it)"
}

cmd_status() {
    local ok=0 name
    line() { printf '%-12s %s\n' "$1" "$2"; }
    if alive "$(pid_of "$STATE_DIR/nginx/nginx.pid")"; then line nginx "running :$NGINX_PORT"; else line nginx down; ok=3; fi
    for name in a b; do
        if curl -fs -o /dev/null -m 3 "http://127.0.0.1:${NODE_PORT[$name]}/healthz/"; then
            line "node $name" "running :${NODE_PORT[$name]}, $(GUNICORN_STATE_DIR="$STATE_DIR/node-$name" bash "$OPS/serve-production.sh" status | grep -o '[0-9]* task worker(s)' || echo 'no task workers')"
        else line "node $name" down; ok=3; fi
    done
    line postgresql "$(bash "$OPS/postgres.sh" status || true)"
    if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then line redis "running :$REDIS_PORT"; else line redis down; ok=3; fi
    line s3proxy "$(bash "$OPS/s3proxy.sh" status || true)"
    line opensearch "$(env "${OS_ENV[@]}" bash "$OPS/opensearch.sh" status | head -n1 || true)"
    return $ok
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    env) write_env; cat "$STATE_DIR/env" ;;
    kill-node) kill_node "${2:?a or b}" ;;
    start-node) start_node "${2:?a or b}" ;;
    stop-node) stop_node "${2:?a or b}" ;;
    *) echo "usage: $0 {start|stop|status|env|kill-node a|b|start-node a|b|stop-node a|b}" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# The site as it runs in production, on loopback: gunicorn, config.settings.production (DEBUG
# off, cached templates, whitenoise with hashed and compressed static files), for benchmarks
# (bench/) and local checks. Plain HTTP, so the HTTPS redirect is off; everything else is as in
# production. The task worker(s) (`manage.py run_worker`, docs/operations.md "Background tasks")
# run beside gunicorn and stop with it.
#
#   ops/serve-production.sh run     collectstatic, then gunicorn in the foreground, workers behind
#   ops/serve-production.sh start   the same in the background; waits for /healthz/
#   ops/serve-production.sh stop    stop the background server and its task workers (pid files)
#   ops/serve-production.sh status  exit 0 when running, 3 when not
#
# Env: PORT (8100), WORKERS (4), THREADS (2), DATABASE_URL, CACHE_URL (rediscache://… for the page cache
# with several workers, see ops/redis.sh), SEARCH_URL, SECRET_KEY (a throwaway key if unset),
# GUNICORN_ARGS (extra arguments), TASK_WORKERS (1; 0 runs none: tasks then wait in the queue),
# WORKER_ARGS (extra arguments for run_worker), COLLECTSTATIC (0: STATIC_ROOT is already
# collected). State (pids, logs) lives in <repo>/.ops/gunicorn (GUNICORN_STATE_DIR).
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${GUNICORN_STATE_DIR:-$REPO_DIR/.ops/gunicorn}"  # ops/cluster.sh: one per node
PID_FILE="$STATE_DIR/gunicorn.pid"
LOG_FILE="$STATE_DIR/gunicorn.log"
PORT="${PORT:-8100}"
WORKERS="${WORKERS:-4}"
BIN="$REPO_DIR/.venv/bin"

log() { echo "serve-production.sh: $*" >&2; }

export DJANGO_SETTINGS_MODULE=config.settings.production
export SECRET_KEY="${SECRET_KEY:-local-production-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')}"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-False}"

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

TASK_WORKERS="${TASK_WORKERS:-1}"
worker_pid_file() { echo "$STATE_DIR/task-worker-$1.pid"; }

start_task_workers() {
    mkdir -p "$STATE_DIR"
    for n in $(seq 1 "$TASK_WORKERS"); do
        pid_file="$(worker_pid_file "$n")"
        if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then continue; fi
        # shellcheck disable=SC2086
        "$BIN/python" manage.py run_worker --no-reload ${WORKER_ARGS:-} \
            >>"$STATE_DIR/task-worker-$n.log" 2>&1 &
        echo $! >"$pid_file"
    done
}

stop_task_workers() {
    for pid_file in "$STATE_DIR"/task-worker-*.pid; do
        [ -f "$pid_file" ] || continue
        pid="$(cat "$pid_file")"
        # SIGTERM: the worker finishes the task it is running, then exits.
        if kill "$pid" 2>/dev/null; then
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        fi
        rm -f "$pid_file"
    done
}

prepare() {
    cd "$REPO_DIR"
    # COLLECTSTATIC=0: already collected into STATIC_ROOT (ops/cluster.sh's nodes share it).
    [ "${COLLECTSTATIC:-1}" = 0 ] || "$BIN/python" manage.py collectstatic --noinput -v 0
    # Image files of submissions whose worker was killed before its commit (docs/operations.md).
    "$BIN/python" manage.py sweep_submission_files
}

gunicorn_args() {
    # Threaded workers with keep-alive: browsers reuse connections, and a page-cache hit costs
    # less than opening a connection. Rendering is CPU-bound, so threads stay few (THREADS, 2);
    # processes (WORKERS) carry the load.
    echo config.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" --worker-class gthread \
        --threads "${THREADS:-2}" --keep-alive 5 \
        --timeout 30 --graceful-timeout 10 --max-requests 0 ${GUNICORN_ARGS:-}
}

case "${1:-run}" in
    run)
        prepare
        start_task_workers
        trap stop_task_workers EXIT
        # shellcheck disable=SC2046
        "$BIN/gunicorn" $(gunicorn_args) &
        gunicorn=$!
        trap 'kill -TERM "$gunicorn" 2>/dev/null; wait "$gunicorn"; exit 130' INT
        trap 'kill -TERM "$gunicorn" 2>/dev/null; wait "$gunicorn"; exit 143' TERM
        wait "$gunicorn"
        ;;
    start)
        if running; then log "already running (pid $(cat "$PID_FILE"))"; exit 0; fi
        mkdir -p "$STATE_DIR"
        prepare
        start_task_workers
        # shellcheck disable=SC2046
        "$BIN/gunicorn" $(gunicorn_args) --pid "$PID_FILE" --daemon \
            --error-logfile "$LOG_FILE" --capture-output
        for _ in $(seq 1 60); do
            if curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz/"; then
                log "serving http://127.0.0.1:$PORT/ (pid $(cat "$PID_FILE"))"
                echo "http://127.0.0.1:$PORT"
                exit 0
            fi
            sleep 1
        done
        log "gunicorn did not answer /healthz/ within 60 s; see $LOG_FILE"
        exit 1
        ;;
    stop)
        if running; then
            pid="$(cat "$PID_FILE")"
            kill "$pid"
            for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            log "stopped"
        fi
        rm -f "$PID_FILE"
        stop_task_workers
        ;;
    status)
        workers=0
        for pid_file in "$STATE_DIR"/task-worker-*.pid; do
            [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && workers=$((workers + 1))
        done
        if running; then
            echo "running (pid $(cat "$PID_FILE"), $workers task worker(s))"
        else
            echo "not running ($workers task worker(s))"
            exit 3
        fi
        ;;
    *)
        echo "usage: $0 run|start|stop|status" >&2
        exit 2
        ;;
esac

#!/usr/bin/env bash
# `make run`: Django's development server and the task worker (docs/operations.md, "Background
# tasks") side by side. When either stops, or on Ctrl+C / SIGTERM, both are stopped.
#
#   ops/dev-server.sh [ADDRESS:PORT]     default 127.0.0.1:8000
#
# Env: WORKER_ARGS (extra arguments for `manage.py run_worker`), RUNSERVER_ARGS.
set -uo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$REPO_DIR/.venv/bin"
ADDRESS="${1:-127.0.0.1:8000}"
cd "$REPO_DIR"

# shellcheck disable=SC2086
"$BIN/python" manage.py run_worker ${WORKER_ARGS:-} &
worker=$!
# shellcheck disable=SC2086
"$BIN/python" manage.py runserver "$ADDRESS" ${RUNSERVER_ARGS:-} &
server=$!

stop() {
    # Both handle SIGTERM (a task in progress is finished first; runserver's reloader stops
    # its child), then the script waits for them.
    kill -TERM "$server" "$worker" 2>/dev/null
    wait "$server" "$worker" 2>/dev/null
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

wait -n "$server" "$worker"
status=$?
stop
exit "$status"

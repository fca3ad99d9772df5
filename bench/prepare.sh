#!/usr/bin/env bash
# Build a benchmark database on the local PostgreSQL (ops/postgres.sh): the demo site, and with
# a scale the synthetic designers of `load_demo_content --scale N` (three projects each), then
# the search index. Idempotent: an existing database with the right content is kept.
#
#   bench/prepare.sh demo          database mikser_bench_demo
#   bench/prepare.sh 10000         database mikser_bench_10000 (demo + 10,000 designers)
#
# Prints the DATABASE_URL last. Times of each step go to stderr.
set -euo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_DIR"
SCALE="${1:-demo}"
NAME="mikser_bench_${SCALE}"
BASE_URL="$(bash ops/postgres.sh start | tail -n 1)"
URL="${BASE_URL%/*}/${NAME}"

log() { echo "prepare.sh: $*" >&2; }
psql_admin() { (cd / && runuser -u postgres -- psql -X -q -tA -v ON_ERROR_STOP=1 "$@"); }

if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${NAME}'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE ${NAME} OWNER mikser"
fi
export DATABASE_URL="$URL" DJANGO_SETTINGS_MODULE=config.settings.dev SEARCH_URL=""
marker="$(psql_admin -d "$NAME" -c "SELECT count(*) FROM showcase_designerpage" 2>/dev/null || echo 0)"
expected=14
[ "$SCALE" != demo ] && expected=$((14 + SCALE))
if [ "$marker" -ge "$expected" ] 2>/dev/null; then
    log "$NAME already holds $marker designers"
else
    start=$(date +%s)
    .venv/bin/python manage.py migrate --noinput -v 0
    log "migrate: $(( $(date +%s) - start )) s"; start=$(date +%s)
    if [ "$SCALE" = demo ]; then
        .venv/bin/python manage.py load_demo_content >&2
    else
        .venv/bin/python manage.py load_demo_content --scale "$SCALE" >&2
    fi
    log "load_demo_content: $(( $(date +%s) - start )) s"; start=$(date +%s)
    .venv/bin/python manage.py update_index >/dev/null
    log "update_index: $(( $(date +%s) - start )) s"
fi
echo "$URL"

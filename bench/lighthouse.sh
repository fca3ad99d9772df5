#!/usr/bin/env bash
# Lighthouse on five page types, mobile, against the production setup on loopback; writes
# docs/lighthouse.md (bench/lighthouse.py says what and how).
#
# Env: PORT (gunicorn, 8711), NGINX_PORT (8710), DATABASE_URL and MEDIA_ROOT (default: a demo
# site of its own in .ops/lighthouse/), RUNS (1).
set -euo pipefail
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_DIR"
STATE="$REPO_DIR/.ops/lighthouse"
mkdir -p "$STATE"
export PORT="${PORT:-8711}" NGINX_PORT="${NGINX_PORT:-8710}"
export DATABASE_URL="${DATABASE_URL:-sqlite:///$STATE/db.sqlite3}"
export MEDIA_ROOT="${MEDIA_ROOT:-$STATE/media}"
export SEARCH_URL="" WORKERS="${WORKERS:-2}"
# The address the browser uses is the site's origin: canonical links and og:url name it.
export ALLOWED_HOSTS="127.0.0.1" SITE_ORIGIN="http://127.0.0.1:$NGINX_PORT"
export UPSTREAM_PORT="$PORT"

log() { echo "lighthouse.sh: $*" >&2; }

if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
    (cd bench/lighthouse && npm ci --no-audit --no-fund)
fi
if ! DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py shell -c \
    "from showcase.models import DesignerPage; raise SystemExit(0 if DesignerPage.objects.exists() else 1)" \
    2>/dev/null; then
    log "building the demo site in $DATABASE_URL"
    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py migrate --noinput -v 0
    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py load_demo_content >&2
    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py update_index >/dev/null
fi
.venv/bin/python manage.py compile_translations >/dev/null

stop() {
    bash ops/nginx.sh stop || true
    bash ops/serve-production.sh stop || true
}
trap stop EXIT
bash ops/serve-production.sh start >/dev/null
url="$(bash ops/nginx.sh start)"
.venv/bin/python bench/lighthouse.py "$url"

#!/usr/bin/env bash
# nginx in front of gunicorn on loopback, as in production (README "Running in production"):
# it serves MEDIA_ROOT under /media/ (gunicorn does not) and proxies everything else, gzip on.
# For local checks of the whole site as a browser sees it (bench/lighthouse.sh).
#
#   ops/nginx.sh start   write the config and start nginx in the background
#   ops/nginx.sh stop    stop it (pid file)
#
# Env: NGINX_PORT (8710), UPSTREAM_PORT (gunicorn's PORT, 8100), MEDIA_ROOT (<repo>/media).
# State (config, pid, logs, temp files) lives in <repo>/.ops/nginx. Debian's nginx
# (`apt-get install nginx-light` or `nginx`); no system configuration is touched.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$REPO_DIR/.ops/nginx"
PORT="${NGINX_PORT:-8710}"
UPSTREAM_PORT="${UPSTREAM_PORT:-8100}"
MEDIA="${MEDIA_ROOT:-$REPO_DIR/media}"

log() { echo "nginx.sh: $*" >&2; }

# shellcheck source=lib/nginx.sh
. "$REPO_DIR/ops/lib/nginx.sh"

write_config() {
    mkdir -p "$STATE_DIR"
    cat > "$STATE_DIR/nginx.conf" <<CONF
$(nginx_conf_head "$STATE_DIR")
worker_processes 1;
events { worker_connections 256; }
http {
$(nginx_http_head "$STATE_DIR")
    access_log $STATE_DIR/logs/access.log;
    sendfile on;
    keepalive_timeout 15;
    client_max_body_size 100m;
    gzip on;
    gzip_types text/css application/javascript application/json image/svg+xml text/calendar application/rss+xml application/atom+xml;
    server {
        listen 127.0.0.1:$PORT;
        location /media/ {
            alias $MEDIA/;
            # Renditions and originals get new names when they change.
            expires 1y;
            add_header Cache-Control "public, immutable";
            add_header X-Content-Type-Options nosniff;
        }
        location / {
            proxy_pass http://127.0.0.1:$UPSTREAM_PORT;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
CONF
}

running() { [ -f "$STATE_DIR/nginx.pid" ] && kill -0 "$(cat "$STATE_DIR/nginx.pid")" 2>/dev/null; }

case "${1:-}" in
    start)
        if running; then log "already running"; echo "http://127.0.0.1:$PORT"; exit 0; fi
        [ -x "$NGINX" ] || { log "$NGINX not found (apt-get install nginx-light)"; exit 1; }
        write_config
        nginx_run "$STATE_DIR"
        for _ in $(seq 1 20); do
            curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz/" && break
            sleep 0.5
        done
        log "serving http://127.0.0.1:$PORT/ (media from $MEDIA, the rest from :$UPSTREAM_PORT)"
        echo "http://127.0.0.1:$PORT"
        ;;
    stop)
        if running; then
            nginx_run "$STATE_DIR" -s quit
            for _ in $(seq 1 20); do running || break; sleep 0.5; done
            log "stopped"
        fi
        ;;
    *)
        echo "usage: $0 start|stop" >&2
        exit 2
        ;;
esac

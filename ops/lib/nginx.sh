# Shared by ops/nginx.sh (Lighthouse) and ops/cluster.sh: a private nginx whose config, pid,
# logs and temp files all live in one state directory; no system configuration is touched.
# Source it, then put `$(nginx_conf_head DIR)` at the top of the config and
# `$(nginx_http_head DIR)` first in its http block, and run it with `nginx_run DIR [args]`.
# shellcheck shell=bash

NGINX="${NGINX:-/usr/sbin/nginx}"

nginx_conf_head() {
    local dir="$1"
    mkdir -p "$dir/temp" "$dir/logs"
    # Started as root, nginx's workers would switch to "nobody", who cannot write the temp
    # directories here (request bodies and large responses are buffered there): keep the user
    # that started it.
    if [ "$(id -u)" = 0 ]; then echo "user root;"; fi
    printf '%s\n' "pid $dir/nginx.pid;" "error_log $dir/logs/error.log warn;"
}

nginx_http_head() {
    local dir="$1" kind
    echo "    include /etc/nginx/mime.types;"
    echo "    default_type application/octet-stream;"
    for kind in client_body proxy fastcgi uwsgi scgi; do
        echo "    ${kind}_temp_path $dir/temp/${kind%_body};"
    done
}

# -e: nginx opens its error log before it reads the config; without it, the system's.
nginx_run() {
    local dir="$1"
    shift
    "$NGINX" -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log" "$@"
}

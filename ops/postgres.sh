#!/usr/bin/env bash
# Local PostgreSQL for tests and CI, using Debian's packaged cluster.
#
#   ops/postgres.sh start   install if missing, start, create role+db, print URL last
#   ops/postgres.sh stop    stop the cluster (no-op when already stopped)
#   ops/postgres.sh status  show the cluster state (exit 0 online, 3 down)
#   ops/postgres.sh url     print the connection URL
#
# Everything is idempotent and needs no stdin, so CI can call it repeatedly.
# Must run as root (it installs packages and acts as the postgres user).
set -euo pipefail

PG_USER=mikser
PG_PASSWORD=mikser
PG_DB=mikser
PG_HOST=127.0.0.1
PG_PORT=5432
PG_CLUSTER=main
URL="postgres://${PG_USER}:${PG_PASSWORD}@${PG_HOST}:${PG_PORT}/${PG_DB}"

log() { echo "postgres.sh: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Newest installed server version (directory name under /usr/lib/postgresql
# that actually contains a server binary), or empty when none is installed.
detect_version() {
    local d v=""
    for d in /usr/lib/postgresql/*/bin/postgres; do
        [ -x "$d" ] || continue
        v="$(printf '%s\n%s\n' "$v" "$(basename "$(dirname "$(dirname "$d")")")" | sort -V | tail -n1)"
    done
    printf '%s' "$v"
}

ensure_installed() {
    if [ -z "$(detect_version)" ]; then
        log "PostgreSQL server not installed; installing from apt"
        export DEBIAN_FRONTEND=noninteractive
        # apt chatter to stderr so stdout stays just the URL.
        apt-get update -q >&2
        apt-get install -y -q postgresql </dev/null >&2
    fi
    VERSION="$(detect_version)"
    [ -n "$VERSION" ] || die "postgresql installed but no server binary found"
}

# Run psql as the postgres superuser over the unix socket (peer auth).
# cd / avoids "could not change directory" noise when cwd is e.g. /root.
as_postgres_psql() {
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@")
}

cluster_online() {
    # pg_lsclusters columns: Ver Cluster Port Status Owner Datadir Logfile
    pg_lsclusters -h 2>/dev/null | awk -v v="$VERSION" -v c="$PG_CLUSTER" \
        '$1==v && $2==c && $4 ~ /^online/ {found=1} END {exit !found}'
}

cluster_exists() {
    pg_lsclusters -h 2>/dev/null | awk -v v="$VERSION" -v c="$PG_CLUSTER" \
        '$1==v && $2==c {found=1} END {exit !found}'
}

# Pin listen address and port in a conf.d drop-in (Debian's postgresql.conf
# includes conf.d). Returns 0 if the file changed (restart needed).
configure_cluster() {
    local confdir="/etc/postgresql/${VERSION}/${PG_CLUSTER}"
    local dropin="${confdir}/conf.d/mikser.conf"
    local want
    want="$(printf '%s\n' \
        "# Managed by ops/postgres.sh: loopback only, fixed port." \
        "listen_addresses = '${PG_HOST}'" \
        "port = ${PG_PORT}")"
    mkdir -p "${confdir}/conf.d"
    if [ -f "$dropin" ] && [ "$(cat "$dropin")" = "$want" ]; then
        return 1
    fi
    printf '%s\n' "$want" >"$dropin"
    return 0
}

# Debian's default pg_hba.conf already has scram-sha-256 for 127.0.0.1/32;
# add it only if someone removed it, so password auth over TCP always works.
ensure_hba() {
    local hba="/etc/postgresql/${VERSION}/${PG_CLUSTER}/pg_hba.conf"
    if ! grep -Eq '^[[:space:]]*host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)' "$hba"; then
        log "adding scram-sha-256 rule for 127.0.0.1/32 to $hba"
        local tmp
        tmp="$(mktemp)"
        { echo "host    all             all             127.0.0.1/32            scram-sha-256"; cat "$hba"; } >"$tmp"
        cat "$tmp" >"$hba"   # keep owner/permissions of the original file
        rm -f "$tmp"
        return 0
    fi
    return 1
}

wait_ready() {
    local i
    for i in $(seq 1 60); do
        if pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
            return 0
        fi
        sleep 1
    done
    log "server did not become ready in 60s; log tail:"
    tail -n 30 "/var/log/postgresql/postgresql-${VERSION}-${PG_CLUSTER}.log" >&2 || true
    return 1
}

ensure_role_and_db() {
    # ALTER on every start keeps password/CREATEDB right even if changed by hand.
    as_postgres_psql -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PG_USER}') THEN
    CREATE ROLE ${PG_USER} LOGIN CREATEDB PASSWORD '${PG_PASSWORD}';
  ELSE
    ALTER ROLE ${PG_USER} LOGIN CREATEDB PASSWORD '${PG_PASSWORD}';
  END IF;
END
\$\$;
SQL
    # CREATE DATABASE cannot run inside DO/transaction, so check first.
    if [ "$(as_postgres_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${PG_DB}'")" != "1" ]; then
        as_postgres_psql -d postgres -c "CREATE DATABASE ${PG_DB} OWNER ${PG_USER}"
    fi
}

# Prove the URL really works: password auth over TCP, as the app will use it.
verify_tcp_login() {
    local who
    who="$(cd / && PGPASSWORD="$PG_PASSWORD" psql -X -tA "$URL" -c 'SELECT current_user' 2>&1)" \
        || die "password login over TCP failed: $who"
    [ "$who" = "$PG_USER" ] || die "unexpected current_user: $who"
}

cmd_start() {
    ensure_installed
    if ! cluster_exists; then
        log "creating cluster ${VERSION}/${PG_CLUSTER}"
        pg_createcluster "$VERSION" "$PG_CLUSTER" >&2
    fi
    local changed=0
    if configure_cluster; then changed=1; fi
    if ensure_hba; then changed=1; fi

    if cluster_online; then
        if [ "$changed" = 1 ]; then
            log "configuration changed; restarting cluster"
            pg_ctlcluster "$VERSION" "$PG_CLUSTER" restart >&2
        fi
    else
        log "starting cluster ${VERSION}/${PG_CLUSTER}"
        pg_ctlcluster "$VERSION" "$PG_CLUSTER" start >&2
    fi
    wait_ready
    ensure_role_and_db
    verify_tcp_login
    echo "$URL"
}

cmd_stop() {
    VERSION="$(detect_version)"
    if [ -z "$VERSION" ]; then
        log "PostgreSQL not installed; nothing to stop"
        return 0
    fi
    if cluster_online; then
        pg_ctlcluster "$VERSION" "$PG_CLUSTER" stop
        log "stopped ${VERSION}/${PG_CLUSTER}"
    else
        log "already stopped"
    fi
}

cmd_status() {
    VERSION="$(detect_version)"
    if [ -n "$VERSION" ] && cluster_online; then
        echo "online: ${VERSION}/${PG_CLUSTER} ${URL}"
        return 0
    fi
    echo "down"
    return 3
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    url) echo "$URL" ;;
    *) echo "usage: $0 {start|stop|status|url}" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Install the Debian packages the test suite needs, if they are missing: GNU gettext (the
# catalogue test runs makemessages) and Chromium with its driver (browser tests).
# Usage: ops/system-packages.sh [gettext] [chromium] [wrk] [redis] [nginx]   (no arguments: the first two)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(gettext chromium)

missing=()
for name in "${wanted[@]}"; do
  case "$name" in
    gettext) command -v xgettext >/dev/null || missing+=(gettext) ;;
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium chromium-driver fonts-dejavu-core fonts-noto-core) ;;
    wrk) command -v wrk >/dev/null || missing+=(wrk) ;;  # bench/: HTTP load generator
    redis) command -v redis-server >/dev/null || missing+=(redis-server) ;;  # production cache
    # nginx-light is enough for both users: bench/lighthouse.sh (/media/ and the proxy) and
    # ops/cluster.sh (proxy, upstream with retries); either package provides /usr/sbin/nginx.
    nginx) [ -x /usr/sbin/nginx ] || missing+=(nginx-light) ;;
    *) echo "unknown package group: $name" >&2; exit 2 ;;
  esac
done

if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
echo "system packages ready: ${wanted[*]}"

#!/usr/bin/env bash
# Install the Debian packages the test suite needs, if they are missing: GNU gettext (the
# catalogue test runs makemessages) and Chromium with its driver (browser tests).
# Usage: ops/system-packages.sh [gettext] [chromium]   (no arguments: all)
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(gettext chromium)

missing=()
for name in "${wanted[@]}"; do
  case "$name" in
    gettext) command -v xgettext >/dev/null || missing+=(gettext) ;;
    chromium) [ -x /usr/bin/chromium ] || missing+=(chromium chromium-driver fonts-dejavu-core fonts-noto-core) ;;
    *) echo "unknown package group: $name" >&2; exit 2 ;;
  esac
done

if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
echo "system packages ready: ${wanted[*]}"

#!/usr/bin/env bash
# Soak test (bench/soak.py): minutes of load on the whole site, 5xx count, worker memory.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python bench/soak.py "$@"

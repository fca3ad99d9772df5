#!/usr/bin/env bash
# Burst on the submission form while browsing (bench/burst.py).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python bench/burst.py "$@"

#!/usr/bin/env bash
# Load benchmark (bench/run.py): gunicorn in production settings on loopback, wrk, Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python bench/run.py "$@"

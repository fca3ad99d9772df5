"""Load benchmark: gunicorn in production settings, wrk on loopback, bounded in time.

    bench/run.sh [--scales demo 10000] [--duration 10] [--connections 8]

For each scale (bench/prepare.sh builds its PostgreSQL database) and each mode, gunicorn is
started with the production settings and Redis as the cache (ops/redis.sh):
- uncached: PAGE_CACHE_SECONDS=0, every request renders the page;
- cached: the page cache on; anonymous requests after the first come from Redis.
wrk then requests each page of bench/pages.py for --duration seconds with --connections
clients (two wrk threads). SQL queries per page are counted separately with Django's test
client. Results go to bench/results/<date>-<scale>.json and a Markdown table is printed.
Only 127.0.0.1 is ever requested.
"""

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTHON = str(REPO / ".venv" / "bin" / "python")
PORT = int(os.environ.get("BENCH_PORT", "8100"))
BASE = f"http://127.0.0.1:{PORT}"
STATIC_ROOT = REPO / ".ops" / "bench-static"


def sh(*command, env=None, capture=True):
    result = subprocess.run(
        command, cwd=REPO, env=env, capture_output=capture, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


MODES = {"cold": (0, 0), "uncached": (0, 3600), "cached": (300, 3600)}


def production_env(database_url, cache_url, page_cache_seconds, workers, derived_seconds=3600):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "DERIVED_CACHE_SECONDS": str(derived_seconds),
        "SECRET_KEY": "bench-only-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "False",
        "STATIC_ROOT": str(STATIC_ROOT),
        "SEARCH_URL": "",
        "CONN_MAX_AGE": os.environ.get("CONN_MAX_AGE", "60"),
        "PORT": str(PORT),
        "WORKERS": str(workers),
        "LOG_LEVEL": "ERROR",
    }


def start_server(env):
    sh("bash", "ops/serve-production.sh", "stop", env=env)
    sh("bash", "ops/serve-production.sh", "start", env=env)


def stop_server(env):
    sh("bash", "ops/serve-production.sh", "stop", env=env)


def warm(path, times=3):
    for _ in range(times):
        with urllib.request.urlopen(BASE + path, timeout=30) as response:
            response.read()


def server_cpu_seconds(database_name):
    """User and system CPU used so far by this benchmark's gunicorn and PostgreSQL backends, per
    process id.

    On a shared machine wall-clock latency says how busy the machine was; CPU time per
    request says what a page costs. `cpu_used` compares two readings process by process, so a
    backend that ends between them (a closed connection) cannot make the sum negative.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    seconds = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        ours = f"127.0.0.1:{PORT}".encode() in command and b"gunicorn" in command
        ours = ours or (b"postgres: " in command and f" {database_name} ".encode() in command)
        if not ours:  # other work on a shared machine is not this benchmark's cost
            continue
        fields = text.rsplit(")", 1)[1].split()
        seconds[stat.parent.name] = (int(fields[11]) + int(fields[12])) / ticks
    return seconds


def cpu_used(before, after):
    return sum(used - before.get(pid, 0.0) for pid, used in after.items())


def wrk(path, duration, connections):
    output = sh(
        "wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
        "-s", str(REPO / "bench" / "wrk" / "report.lua"), BASE + path,
    )  # fmt: skip
    found = re.search(r"^WRK_JSON (.*)$", output, re.M)
    if not found:
        raise SystemExit(f"wrk printed no result for {path}:\n{output}")
    return json.loads(found.group(1))


def machine():
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def run_scale(scale, args, cache_url):
    database_url = sh("bash", "bench/prepare.sh", scale).strip().splitlines()[-1]
    env = production_env(database_url, cache_url, 0, args.workers)
    sh(PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0", env=env)
    paths = json.loads(sh(PYTHON, "bench/pages.py", env=env))
    queries = json.loads(sh(PYTHON, "bench/pages.py", "--queries", env=env))
    cold_env = production_env(database_url, cache_url, 0, args.workers, derived_seconds=0)
    cold_queries = json.loads(sh(PYTHON, "bench/pages.py", "--queries", env=cold_env))
    results = {"scale": scale, "date": date.today().isoformat(), "machine": machine()}
    results |= {"connections": args.connections, "duration_s": args.duration}
    results |= {"workers": args.workers, "pages": {}}
    for mode in args.modes:
        seconds, derived_seconds = MODES[mode]
        env = production_env(database_url, cache_url, seconds, args.workers, derived_seconds)
        start_server(env)
        try:
            for name, path in paths.items():
                warm(path)
                cpu_before = server_cpu_seconds(database_url.rsplit("/", 1)[1])
                figures = wrk(path, args.duration, args.connections)
                cpu = cpu_used(cpu_before, server_cpu_seconds(database_url.rsplit("/", 1)[1]))
                figures["cpu_ms_per_request"] = round(cpu * 1000 / max(figures["requests"], 1), 2)
                page = results["pages"].setdefault(name, {"path": path})
                page["queries"] = queries[name]["queries"]
                page["queries_cold"] = cold_queries[name]["queries"]
                page[mode] = figures
                print(f"{scale:>6} {mode:>8} {name:<22} {figures['rps']:>8.1f} req/s "
                      f"p50 {figures['p50_ms']:.1f} p95 {figures['p95_ms']:.1f} "
                      f"p99 {figures['p99_ms']:.1f} ms, 5xx {figures['server_errors']}, "
                      f"CPU {figures['cpu_ms_per_request']} ms/request",
                      flush=True)  # fmt: skip
        finally:
            stop_server(env)
    out = REPO / "bench" / "results" / f"{results['date']}-{scale}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    return results


def markdown(results):
    modes = [mode for mode in MODES if any(mode in page for page in results["pages"].values())]
    lines = [
        f"**Scale {results['scale']}** — {results['connections']} connections, "
        f"{results['duration_s']} s per page, {results['workers']} gunicorn workers",
        "",
        "| page | SQL queries (cold / derived cache on) | "
        + " | ".join(f"{mode} req/s | p50 | p95 | p99 | CPU ms/req" for mode in modes)
        + " |",
        "|---|---:|" + "---:|" * 5 * len(modes),
    ]
    for name, page in results["pages"].items():
        row = [name, f"{page.get('queries_cold', '?')} / {page['queries']}"]
        for mode in modes:
            f = page[mode]
            row += [f"{f['rps']:.0f}", f"{f['p50_ms']:.1f}", f"{f['p95_ms']:.1f}",
                    f"{f['p99_ms']:.1f}", str(f.get("cpu_ms_per_request", ""))]  # fmt: skip
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", nargs="+", default=["demo", "10000"])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS", "4")))
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    args = parser.parse_args()
    sh("bash", "ops/system-packages.sh", "wrk", "redis")
    cache_url = sh("bash", "ops/redis.sh", "start").strip().splitlines()[-1]
    started = time.time()
    for scale in args.scales:
        print(markdown(run_scale(scale, args, cache_url)), "\n", flush=True)
    print(f"done in {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

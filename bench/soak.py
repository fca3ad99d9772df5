"""Soak: several minutes of load on the whole site, counting 5xx and watching worker memory.

    bench/soak.sh [--scale 10000] [--minutes 5] [--connections 8] [--cached|--uncached]

gunicorn runs in production settings (Redis cache, page cache on unless --uncached); wrk
(bench/wrk/rotate.lua) cycles through every benchmark page plus a hundred designer and project
pages of the chosen scale, on 127.0.0.1 only, for --minutes. Every 10 s the resident memory of
each gunicorn worker is sampled. The run passes when no answer was a 5xx and no worker grew by
more than --memory-bound MiB after the first minute (warm-up: imports, template and URL caches).
"""

import argparse
import json
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BASE, PYTHON, REPO, production_env, sh, start_server, stop_server, warm  # noqa: E402

EXTRA_PAGES = """
import json
from showcase.models import DesignerPage, ProjectPage
pages = list(DesignerPage.objects.live().order_by("?")[:50]) + list(
    ProjectPage.objects.live().order_by("?")[:50])
print(json.dumps([page.url for page in pages]))
"""


def worker_memory_mib(master_pid):
    children = subprocess.run(
        ["ps", "--ppid", str(master_pid), "-o", "pid=,rss="], capture_output=True, text=True
    ).stdout.split("\n")
    return {int(p): int(rss) / 1024 for p, rss in (line.split() for line in children if line)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="10000")
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--memory-bound", type=float, default=50.0)
    parser.add_argument("--uncached", action="store_true")
    args = parser.parse_args()

    sh("bash", "ops/system-packages.sh", "wrk", "redis")
    cache_url = sh("bash", "ops/redis.sh", "start").strip().splitlines()[-1]
    database_url = sh("bash", "bench/prepare.sh", args.scale).strip().splitlines()[-1]
    env = production_env(database_url, cache_url, 0 if args.uncached else 300, args.workers)
    sh(PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0", env=env)
    paths = list(json.loads(sh(PYTHON, "bench/pages.py", env=env)).values())
    shell_env = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.production"}
    shell_output = sh(PYTHON, "manage.py", "shell", "-c", EXTRA_PAGES, env=shell_env)
    paths += json.loads(shell_output.strip().splitlines()[-1])
    path_file = REPO / ".ops" / "soak-paths.txt"
    path_file.write_text("\n".join(paths) + "\n")

    start_server(env)
    samples = []
    try:
        master = int((REPO / ".ops" / "gunicorn" / "gunicorn.pid").read_text())
        for path in paths[:5]:
            warm(path, times=1)
        stop = threading.Event()

        def sample():
            started = time.time()
            while not stop.wait(10):
                samples.append({"t": round(time.time() - started), **{
                    str(pid): round(mib, 1) for pid, mib in worker_memory_mib(master).items()
                }})  # fmt: skip

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        output = sh(
            "wrk", "-t2", f"-c{args.connections}", f"-d{int(args.minutes * 60)}s",
            "--timeout", "10s", "-s", str(REPO / "bench" / "wrk" / "rotate.lua"), BASE,
            env={**env, "BENCH_PATHS": str(path_file)},
        )  # fmt: skip
        stop.set()
        sampler.join()
    finally:
        stop_server(env)

    figures = json.loads(
        next(line for line in output.splitlines() if line.startswith("WRK_JSON"))[9:]
    )
    growth = {}
    warm_samples = [s for s in samples if s["t"] >= 60] or samples
    for pid in {key for s in warm_samples for key in s if key != "t"}:
        values = [s[pid] for s in warm_samples if pid in s]
        growth[pid] = {"after_warmup_mib": values[0], "end_mib": values[-1],
                       "growth_mib": round(values[-1] - values[0], 1)}  # fmt: skip
    result = {
        "date": date.today().isoformat(), "scale": args.scale, "minutes": args.minutes,
        "connections": args.connections, "workers": args.workers,
        "page_cache": not args.uncached, "pages": len(paths), "wrk": figures,
        "workers_memory": growth, "memory_bound_mib": args.memory_bound, "samples": samples,
    }  # fmt: skip
    result["passed"] = figures["server_errors"] == 0 and all(
        g["growth_mib"] <= args.memory_bound for g in growth.values()
    )
    out = REPO / "bench" / "results" / f"{result['date']}-soak-{args.scale}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, indent=2))
    sys.exit(0 if result["passed"] else 1)


if __name__ == "__main__":
    main()

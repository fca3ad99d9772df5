"""Index build time per search engine: `update_index` of the same site on each engine given.

    DATABASE_URL=sqlite:////tmp/mikser-engines-bench.sqlite3 nice -n 10 \\
    .venv/bin/python bench/engines.py --scale 10000 \\
        --engines opensearch2://127.0.0.1:9200 opensearch3://127.0.0.1:9260 \\
                  elasticsearch7://127.0.0.1:9250

- Loads the demo site with `--scale N` synthetic designers (3 projects each) into DATABASE_URL
  (use a database of the benchmark's own: it is migrated and filled), with automatic indexing
  off, so loading and indexing are timed apart (`--skip-load` reuses what is there).
- Then, one engine at a time, builds the site's index there with `manage.py update_index`
  (the project's analysis, refresh off during the build: search/backends/elastic.py) into an
  index prefix of its own, times it, counts the page documents, and deletes the indices again
  (`--keep` leaves them).
- Prints a Markdown table for docs/benchmarks.md. Engines are started by ops/opensearch.sh and
  ops/elasticsearch.sh; everything talks to 127.0.0.1 only and stops after the last build.
"""

import argparse
import io
import json
import os
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DEBUG", "False")  # no per-query logging in the measurement
os.environ.setdefault("DEMO_WARM_RENDITIONS", "False")  # image renditions: not what is timed

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import override_settings  # noqa: E402

from config.search_backends import DATABASE_BACKEND, backend_from_url  # noqa: E402


def server_version(config):
    host = config["HOSTS"][0]
    scheme = "https" if host.get("use_ssl") else "http"
    with urllib.request.urlopen(f"{scheme}://{host['host']}:{host['port']}/", timeout=10) as r:
        info = json.load(r)
    return f"{info['version'].get('distribution', 'elasticsearch')} {info['version']['number']}"


def build(name, config, keep):
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    with override_settings(WAGTAILSEARCH_BACKENDS={"default": DATABASE_BACKEND, name: config}):
        backend = get_search_backend(name)
        started = time.perf_counter()
        call_command("update_index", backend_name=name, stdout=io.StringIO())
        seconds = time.perf_counter() - started
        index = backend.get_index_for_model(Page)
        index.refresh()
        documents = backend.es.count(index=index.name)["count"]
        if not keep:
            backend.es.indices.delete(index=f"{config['INDEX_PREFIX']}*")
    return seconds, documents


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=10000, help="synthetic designers to add")
    parser.add_argument("--engines", nargs="+", required=True, help="SEARCH_URL of each engine")
    parser.add_argument("--skip-load", action="store_true", help="use the data already there")
    parser.add_argument("--keep", action="store_true", help="leave the built indices")
    args = parser.parse_args()

    configs = {}
    for url in args.engines:
        config = dict(backend_from_url(url), AUTO_UPDATE=False)
        name = url.split(":", 1)[0]
        config["INDEX_PREFIX"] = f"mikser_bench_{name}_"
        configs[name] = config

    quiet = {"default": dict(DATABASE_BACKEND, AUTO_UPDATE=False)}
    if not args.skip_load:
        with override_settings(WAGTAILSEARCH_BACKENDS=quiet):
            call_command("migrate", verbosity=0)
            started = time.perf_counter()
            call_command("load_demo_content", scale=args.scale, stdout=io.StringIO())
            print(f"load_demo_content --scale {args.scale}: {time.perf_counter() - started:.0f} s")
    from wagtail.models import Page

    print(f"database: {connection.vendor}; pages: {Page.objects.count()}")
    print("| engine | SEARCH_URL scheme | update_index | page documents |")
    print("|---|---|---|---|")
    for name, config in configs.items():
        seconds, documents = build(name, config, args.keep)
        minutes, rest = divmod(round(seconds), 60)
        print(
            f"| {server_version(config)} | `{name}://` | {minutes} min {rest} s | {documents} |",
            flush=True,
        )


if __name__ == "__main__":
    main()

"""Search benchmark: index build time, and p50/p95 latency and throughput of the search page
and the autocomplete endpoint, per backend. Results go to docs/benchmarks.md by hand.

    DATABASE_URL=postgres://mikser:mikser@127.0.0.1:5432/mikser_bench \\
    SEARCH_URL=opensearch://127.0.0.1:9200/mikser_bench \\
    .venv/bin/python bench/search.py --scale 10000 --requests 300

- Loads the demo site with `--scale N` synthetic designers (3 projects each), with automatic
  indexing switched off so that loading and indexing are timed apart.
- Builds each backend's index with `update_index` and times it: the database backend (SQLite
  or PostgreSQL, as DATABASE_URL says) always, OpenSearch when SEARCH_URL names it.
- Sends `--requests` GET requests per endpoint and backend, in one process through Django's
  test client (the whole view: form, engine, facets, templates; no network or WSGI server in
  between), cycling through realistic queries in English, Serbian (both scripts) and Swedish,
  after `--warmup` untimed requests. One client, one request at a time: throughput is
  requests per second of a single worker.
Everything runs on this machine against 127.0.0.1 only, and stops after the counted requests.
"""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ.setdefault("DEBUG", "False")  # no per-query logging in the measurement

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from config.search_backends import DATABASE_BACKEND, backend_from_url  # noqa: E402

QUERIES = [
    ("en", "design"),
    ("en", "furniture"),
    ("en", "djordjevic"),
    ("en", "textile workshop"),
    ("en", "Belgrade"),
    ("en", "residency"),
    ("en", "sustainable materials"),
    ("en", "graphic designers"),
    ("sr", "beograd"),
    ("sr", "Ђорђевић"),
    ("sr", "dizajn"),
    ("sv", "formgivarna"),
    ("sv", "möbler"),
    ("sv", "hållbar design"),
]
PREFIXES = [("en", "des"), ("en", "djor"), ("en", "nik"), ("sr", "Бео"), ("sv", "form")]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(client, urls, requests, warmup):
    for url in urls[:warmup]:
        client.get(url)
    timings = []
    statuses = set()
    started = time.perf_counter()
    for number in range(requests):
        url = urls[number % len(urls)]
        begin = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - begin) * 1000)
        statuses.add(response.status_code)
    elapsed = time.perf_counter() - started
    return {
        "p50_ms": round(percentile(timings, 0.50), 1),
        "p95_ms": round(percentile(timings, 0.95), 1),
        "mean_ms": round(statistics.fmean(timings), 1),
        "per_second": round(requests / elapsed, 1),
        "statuses": sorted(statuses),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=0, help="synthetic designers to add")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--skip-load", action="store_true", help="use the data already there")
    parser.add_argument("--skip-index", action="store_true", help="use the indexes already there")
    parser.add_argument("--index-only", help="build one backend's index only")
    parser.add_argument(
        "--backends", default="database,opensearch", help="which to measure (comma-separated)"
    )
    args = parser.parse_args()

    backends = {"database": dict(DATABASE_BACKEND, AUTO_UPDATE=False)}
    if settings.SEARCH_URL:
        backends["opensearch"] = dict(backend_from_url(settings.SEARCH_URL), AUTO_UPDATE=False)

    # dict(...) copies: modelsearch adds a "default" entry to the setting it reads.
    with override_settings(WAGTAILSEARCH_BACKENDS=dict(backends)):
        if not args.skip_load:
            call_command("migrate", verbosity=0)
            started = time.perf_counter()
            call_command("load_demo_content", scale=args.scale, stdout=io.StringIO())
            print(f"load_demo_content --scale {args.scale}: {time.perf_counter() - started:.0f} s")
        from wagtail.models import Page

        print(f"database: {connection.vendor}; pages: {Page.objects.count()}")
        if not args.skip_index:
            for name in [args.index_only] if args.index_only else backends:
                started = time.perf_counter()
                call_command("update_index", backend_name=name, stdout=io.StringIO())
                print(f"index build, {name}: {time.perf_counter() - started:.1f} s")

    search_urls = [f"/{lang}/search/?q={q}" for lang, q in QUERIES]
    suggest_urls = [f"/{lang}/search/autocomplete/?q={q}" for lang, q in PREFIXES]
    print("| backend | endpoint | p50 ms | p95 ms | mean ms | req/s | statuses |")
    print("|---|---|---|---|---|---|---|")
    for name, config in backends.items():
        if name not in args.backends.split(","):
            continue
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": dict(config)}):
            client = Client(HTTP_HOST="127.0.0.1")
            for endpoint, urls in (("search", search_urls), ("autocomplete", suggest_urls)):
                result = measure(client, urls, args.requests, args.warmup)
                print(
                    f"| {name} ({connection.vendor if name == 'database' else 'opensearch'}) "
                    f"| {endpoint} | {result['p50_ms']} | {result['p95_ms']} "
                    f"| {result['mean_ms']} | {result['per_second']} | {result['statuses']} |"
                )


if __name__ == "__main__":
    main()

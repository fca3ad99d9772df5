"""A burst on the submission form while visitors browse: 429s for the burst, the rest responsive.

    bench/burst.sh [--scale demo] [--posts 200] [--senders 8]

gunicorn in production settings (Redis for the rate-limit counters, page cache off so every
page view renders). A browsing client measures the designers listing alone (baseline), then
again while --senders threads send --posts form posts from one address: ten times the
SUBMISSION_RATE_PER_IP allowance (20 an hour) by default. Posts carry a valid CSRF token and an
empty form, so the ones the limiter lets through answer 400 and nothing is stored. Loopback only.
"""

import argparse
import http.cookies
import json
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BASE, PYTHON, production_env, sh, start_server, stop_server  # noqa: E402


def timed_get(path):
    started = time.perf_counter()
    with urllib.request.urlopen(BASE + path, timeout=30) as response:
        response.read()
        status = response.status
    return status, (time.perf_counter() - started) * 1000


def browse(path, seconds):
    latencies, statuses, deadline = [], [], time.time() + seconds
    while time.time() < deadline:
        status, ms = timed_get(path)
        latencies.append(ms)
        statuses.append(status)
    return latencies, statuses


def summary(latencies):
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 1),
        "max_ms": round(ordered[-1], 1),
    }


def submission_opener(form_path):
    # The production CSRF cookie is `Secure`, which a cookie jar keeps off plain HTTP: the
    # benchmark sends it by hand, as a browser on HTTPS would.
    opener = urllib.request.build_opener()
    response = opener.open(BASE + form_path, timeout=30)
    html = response.read().decode()
    cookie = http.cookies.SimpleCookie()
    for header in response.headers.get_all("Set-Cookie"):
        cookie.load(header)
    opener.addheaders = [("Cookie", f"csrftoken={cookie['csrftoken'].value}")]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return opener, token


def post_burst(opener, token, form_path, posts, senders):
    statuses, lock = [], threading.Lock()
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode()

    def send(count):
        for _ in range(count):
            request = urllib.request.Request(BASE + form_path, data=body, method="POST")
            request.add_header("Referer", BASE + form_path)
            try:
                status = opener.open(request, timeout=30).status
            except urllib.error.HTTPError as error:
                status = error.code
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=send, args=(posts // senders,)) for _ in range(senders)]
    for thread in threads:
        thread.start()
    return threads, statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", default="demo")
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--senders", type=int, default=8)
    args = parser.parse_args()
    cache_url = sh("bash", "ops/redis.sh", "start").strip().splitlines()[-1]
    sh("redis-cli", "-p", cache_url.rsplit(":", 1)[1].split("/")[0], "FLUSHDB")
    database_url = sh("bash", "bench/prepare.sh", args.scale).strip().splitlines()[-1]
    env = production_env(database_url, cache_url, 0, 4)
    sh(PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0", env=env)
    paths = json.loads(sh(PYTHON, "bench/pages.py", env=env))
    form_path = "/en/submit/"
    start_server(env)
    try:
        browse(paths["designers"], 3)  # warm
        baseline, _ = browse(paths["designers"], 15)
        opener, token = submission_opener(form_path)
        threads, statuses = post_burst(opener, token, form_path, args.posts, args.senders)
        during, browse_statuses = [], []
        while any(thread.is_alive() for thread in threads):
            latencies, codes = browse(paths["designers"], 1)
            during += latencies
            browse_statuses += codes
        for thread in threads:
            thread.join()
    finally:
        stop_server(env)
    counts = {str(code): statuses.count(code) for code in sorted(set(statuses))}
    result = {
        "posts": len(statuses),
        "post_statuses": counts,
        "browsing_alone": summary(baseline),
        "browsing_during_burst": summary(during),
        "browsing_non_200": sum(1 for code in browse_statuses if code != 200),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

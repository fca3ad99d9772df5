"""Tests of the cluster started by ops/cluster.sh (nginx, two app nodes, PostgreSQL, Redis,
S3Proxy, three OpenSearch nodes), through real HTTP, with real faults.

They are collected only when asked for (MIKSER_CLUSTER_TESTS=1: `make test-cluster`, the CI
leg) or when the cluster answers (tests/conftest.py), so the usual `make test` leaves them
alone. Once collected, a cluster that is not up fails them under CI=true and skips them
otherwise. The test process does not use Django's test database: it talks HTTP to nginx and
to each node, and reads what landed with psycopg (PostgreSQL) and boto3 (S3).
"""

import os
import re
import subprocess
import time
from pathlib import Path

import pytest
import requests

from tests.conftest import running_in_ci

REPO = Path(__file__).resolve().parents[2]
CLUSTER = REPO / "ops" / "cluster.sh"
PROXY = "http://127.0.0.1:8080"
NODES = {"a": "http://127.0.0.1:8081", "b": "http://127.0.0.1:8082"}
ADMIN = ("admin", "mikser-demo-admin")  # demo/loader.py


def cluster_env():
    out = subprocess.run(
        ["bash", str(CLUSTER), "env"], capture_output=True, text=True, check=True
    ).stdout
    pairs = (line.split("=", 1) for line in out.splitlines() if "=" in line)
    return {key: value.strip("'") for key, value in pairs}


def cluster_is_up():
    try:
        return requests.get(f"{PROXY}/healthz/", timeout=5).status_code == 200
    except requests.RequestException:
        return False


@pytest.fixture(scope="session", autouse=True)
def cluster():
    if not cluster_is_up():
        message = "the cluster is not running: bash ops/cluster.sh start"
        if running_in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return cluster_env()


def ops(*args, timeout=300):
    """Run an ops/ script (the project's own way of starting and stopping its parts)."""
    result = subprocess.run(
        ["bash", *map(str, args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"{args}: {result.stderr[-2000:]}"
    return result.stdout


def manage(env, code):
    """Run Python in a `manage.py shell` with the nodes' settings (for arranging content)."""
    result = subprocess.run(
        [str(REPO / ".venv/bin/python"), "manage.py", "shell", "-c", code],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def wait_until(check, timeout=60, interval=0.5, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def browser(base):
    return Browser(base)


class Browser(requests.Session):
    """A requests session that keeps the site's cookies although they are marked Secure.

    Production settings mark session and CSRF cookies Secure; the cluster is plain HTTP on
    loopback (TLS ends at the real proxy in front), so the test sends them back itself.
    """

    def __init__(self, base):
        super().__init__()
        self.base = base
        self.kept = {}
        # The nodes take the client's address from nginx's X-Real-IP (RATELIMIT_IP_META_KEY); a
        # test talking to a node directly says it, as nginx would (nginx replaces it).
        self.headers["X-Real-IP"] = "127.0.0.1"

    def request(self, method, url, **kwargs):
        headers = dict(kwargs.pop("headers", None) or {})
        if self.kept:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.kept.items())
        response = super().request(method, url, headers=headers, **kwargs)
        for answer in [*response.history, response]:
            self.kept.update({cookie.name: cookie.value for cookie in answer.cookies})
        return response


def csrf_token(html):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF token in the form"
    return match.group(1)


def log_in(base):
    session = browser(base)
    page = session.get(f"{base}/admin/login/", timeout=30)
    response = session.post(
        f"{base}/admin/login/",
        data={
            "username": ADMIN[0],
            "password": ADMIN[1],
            "csrfmiddlewaretoken": csrf_token(page.text),
            "next": "/admin/",
        },
        headers={"Referer": f"{base}/admin/login/"},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text[:500]
    return session


@pytest.fixture
def env(cluster):
    return cluster

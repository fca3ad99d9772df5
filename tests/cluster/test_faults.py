"""Faults, each a real process stopped or killed while the cluster serves (issue #17).

Every test puts the cluster back as it found it, whatever happens.
"""

import os
import subprocess
import threading
import time
from contextlib import contextmanager

import psycopg
import pytest
import requests

from tests.cluster.conftest import CLUSTER, NODES, PROXY, REPO, ops, wait_until
from tests.cluster.site import Submission, site_facts, submissions_of

pytestmark = pytest.mark.cluster

OPENSEARCH = "http://127.0.0.1:9282"  # a node that stays up while node 1 is closed
OPENSEARCH_ENV = {"OPENSEARCH_NODES": "3", "OPENSEARCH_PORT": "9281"}


@pytest.fixture(scope="module")
def facts(cluster):
    return site_facts(cluster)


def status(base, path, **kwargs):
    try:
        return requests.get(f"{base}{path}", timeout=30, **kwargs).status_code
    except requests.RequestException as error:
        return type(error).__name__


def node_pid(name):
    return (REPO / ".ops" / "cluster" / f"node-{name}" / "gunicorn.pid").read_text().strip()


def test_killing_an_app_node_loses_no_page_view_and_no_submission(env, facts):
    """Every request nginx can retry is answered. The only ones that may fail are those in
    flight on node a at the instant it dies whose answer had begun streaming to the visitor
    (nginx cannot take back headers it sent): at most one per visitor, all started before the
    kill. Every request started after it, and every submission, is answered."""
    paths = [facts["standard"][1], facts["designers"], "/healthz/", f"{facts['designers']}?x=1"]
    forms = [Submission(PROXY, facts).open() for _ in range(3)]  # opened while both nodes run
    answers, stop = [], threading.Event()

    def visitor(path):
        with requests.Session() as session:
            while not stop.is_set():
                started = time.monotonic()
                try:
                    outcome = session.get(f"{PROXY}{path}", timeout=120).status_code
                except requests.RequestException as error:
                    outcome = type(error).__name__
                answers.append((started, time.monotonic(), outcome))

    visitors = [threading.Thread(target=visitor, args=(path,)) for path in paths]
    for thread in visitors:
        thread.start()
    try:
        time.sleep(2)
        killed = time.monotonic()
        ops(CLUSTER, "kill-node", "a")  # SIGKILL: gunicorn's master, its workers, the node's worker
        sent = [form.send() for form in forms]  # node A refuses: nginx passes each POST to B
        time.sleep(2)
    finally:
        stop.set()
        for thread in visitors:
            thread.join()
        ops(CLUSTER, "start-node", "a")

    failed = [(s - killed, e - killed, o) for s, e, o in answers if o != 200]
    assert sum(1 for *_, o in answers if o == 200) > 20
    assert all(start < 0 < end for start, end, _ in failed), failed  # in flight at the kill
    assert len(failed) <= len(paths), failed
    assert [response.status_code for response in sent] == [302, 302, 302]
    for form in forms:
        assert submissions_of(env, form.email) == 1
    wait_until(lambda: status(NODES["a"], "/healthz/") == 200, what="node a back")


def opensearch(*args):
    command = ["bash", "ops/opensearch.sh", *map(str, args)]
    subprocess.run(command, cwd=REPO, env={**os.environ, **OPENSEARCH_ENV}, check=True)


@contextmanager
def opensearch_node_closed(number):
    opensearch("stop-node", number)
    try:
        wait_until(lambda: nodes_in_cluster() == 2, timeout=90, what="node to leave")
        yield
    finally:
        opensearch("start-node", number)
        wait_until(lambda: nodes_in_cluster() == 3, timeout=180, what="node to come back")


def nodes_in_cluster():
    try:
        return requests.get(f"{OPENSEARCH}/_cluster/health", timeout=5).json()["number_of_nodes"]
    except (requests.RequestException, ValueError, KeyError):
        return None


def test_search_answers_with_one_opensearch_node_gone(env, facts):
    # The designer's current title, as the index has it (another test may have renamed it).
    _pk, url, _title = facts["designer"]
    title = site_facts(env)["designer"][2]
    word = title.split()[-1]
    search = f"/en/search/?q={word}"

    def finds_the_designer():
        response = requests.get(f"{PROXY}{search}", timeout=30)
        return response.status_code == 200 and url in response.text

    wait_until(finds_the_designer, timeout=30, what="the designer in the search results")
    with opensearch_node_closed(1):  # node 1: the first host in SEARCH_URL, likely the manager
        for _ in range(10):
            assert finds_the_designer()
        health = requests.get(f"{PROXY}/healthz/", timeout=30).json()
        assert health["checks"]["search"]["ok"] is True


def redis_answers():
    result = subprocess.run(["redis-cli", "-p", "6390", "ping"], capture_output=True, text=True)
    return result.stdout.strip() == "PONG"


def test_without_redis_pages_are_served_uncached_and_health_says_degraded(env, facts):
    path = facts["standard"][1]
    requests.get(f"{PROXY}{path}", timeout=30)
    ops("ops/redis.sh", "stop")
    try:
        wait_until(lambda: not redis_answers(), timeout=20, what="Redis to stop")
        for base in (PROXY, NODES["a"], NODES["b"]):
            for _ in range(3):
                response = requests.get(f"{base}{path}", timeout=30)
                assert response.status_code == 200
                assert "X-Page-Cache" not in response.headers  # rendered, neither hit nor stored
        health = requests.get(f"{PROXY}/healthz/", timeout=30)
        assert health.status_code == 200
        assert health.json()["status"] == "degraded"
        assert health.json()["checks"]["cache"]["ok"] is False
    finally:
        ops("ops/redis.sh", "start")
    wait_until(redis_answers, timeout=20, what="Redis to start")
    requests.get(f"{PROXY}{path}", timeout=30)
    wait_until(
        lambda: (
            requests.get(f"{NODES['b']}{path}", timeout=30).headers.get("X-Page-Cache") == "hit"
        ),
        what="the page cache to work again",
    )
    assert requests.get(f"{PROXY}/healthz/", timeout=30).json()["status"] == "ok"


@contextmanager
def database_outage(env):
    """PostgreSQL restarted (CI, MIKSER_CLUSTER_RESTART_POSTGRES=1), or, on a machine whose
    PostgreSQL others use, the cluster's own database closed to connections and its sessions
    ended: what the nodes see is the same (their connections die, new ones are refused)."""
    if os.environ.get("MIKSER_CLUSTER_RESTART_POSTGRES") == "1":
        ops("ops/postgres.sh", "stop")
        try:
            yield
        finally:
            ops("ops/postgres.sh", "start")
        return
    database = env["DATABASE_URL"].rsplit("/", 1)[1]
    admin = "postgresql://mikser:mikser@127.0.0.1:5432/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
            [database],
        )
        try:
            yield
        finally:
            connection.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')


def test_a_database_restart_gives_503_then_recovers_without_restarting_the_nodes(env, facts):
    pids = {name: node_pid(name) for name in NODES}
    cached = facts["standard"][1]
    for _ in range(3):
        requests.get(f"{PROXY}{cached}", timeout=30)
    rendered = f"{facts['designers']}?x=outage"  # never stored, so always rendered

    with database_outage(env):
        for base in (PROXY, NODES["a"], NODES["b"]):
            wait_until(lambda b=base: status(b, "/healthz/") == 503, timeout=30, what="503")
            page = requests.get(f"{base}{rendered}", timeout=30)
            assert page.status_code == 503
            assert page.headers["Retry-After"] == "30"
        # Pages already in the page cache are still served.
        assert status(PROXY, cached) == 200

    for base in (PROXY, NODES["a"], NODES["b"]):
        wait_until(lambda b=base: status(b, "/healthz/") == 200, timeout=60, what="recovery")
        assert status(base, rendered) == 200
    assert {name: node_pid(name) for name in NODES} == pids

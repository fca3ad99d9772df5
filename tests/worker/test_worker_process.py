"""The real worker process (`manage.py run_worker`, as `make run` and ops/serve-production.sh
start it) on a SQLite file: a task queued by another process is run, the clock runs the periodic
jobs, and SIGTERM stops it cleanly. `make run`'s script stops the worker with the server."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings

SEND = (
    "from django.core.mail import EmailMultiAlternatives; "
    "from outbox.services import send_email; "
    "send_email(EmailMultiAlternatives('Hej från kön', 'Body', None, ['designer@example.org']))"
)


def manage(env, *arguments, **options):
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
        **options,
    )


def task_states(database):
    with sqlite3.connect(database, timeout=20) as db:
        return db.execute(
            "SELECT task_path, status FROM django_tasks_database_dbtaskresult"
        ).fetchall()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A migrated SQLite file and the environment of the site's processes on it."""
    folder = tmp_path_factory.mktemp("worker-site")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "tests.worker.child_settings",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "CHILD_EMAIL_DIR": str(folder / "emails"),
    }
    manage(env, "migrate", "--noinput")
    return folder, env


def test_the_worker_process_runs_what_another_process_queued(site):
    folder, env = site
    database, emails = folder / "site.sqlite3", folder / "emails"
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--no-startup-delay", "--interval", "0.2"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        manage(env, "shell", "-c", SEND)
        deadline = time.monotonic() + 120  # a hang guard for a loaded machine
        states = []
        while time.monotonic() < deadline:
            assert worker.poll() is None, worker.communicate()[0][-3000:]
            states = task_states(database)
            done = {path for path, status in states if status == "SUCCESSFUL"}
            if {"outbox.tasks.deliver_email", "worker.tasks.run_periodic_job"} <= done:
                break
            time.sleep(0.5)
        else:
            raise AssertionError(f"tasks not done: {states}")
        sent = "".join(path.read_text() for path in emails.iterdir())
        assert "designer@example.org" in sent and "Body" in sent
        # The clock queued each periodic job once, scheduled publishing among them.
        periodic = [s for path, s in states if path == "worker.tasks.run_periodic_job"]
        assert len(periodic) == len(settings.WORKER_PERIODIC_JOBS)
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            output = worker.communicate(timeout=60)[0]
        except subprocess.TimeoutExpired:
            worker.kill()
            raise
    assert worker.returncode == 0, output[-3000:]


def children(pid):
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(child) for child in (task / "children").read_text().split()}
    return found


def command_line(pid):
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_make_runs_script_stops_the_worker_when_the_server_stops(site):
    _folder, env = site
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**env, "WORKER_ARGS": "--no-startup-delay", "RUNSERVER_ARGS": "--noreload"}
    script = subprocess.Popen(
        ["bash", "ops/dev-server.sh", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert script.poll() is None
            try:
                if requests.get(f"http://127.0.0.1:{port}/healthz/", timeout=5).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.3)
        else:
            raise AssertionError("runserver never answered")
        processes = {pid: command_line(pid) for pid in children(script.pid)}
        started = set(processes)
        [server] = [pid for pid, line in processes.items() if "runserver" in line]
        [worker] = [pid for pid, line in processes.items() if "run_worker" in line]

        os.kill(server, signal.SIGTERM)  # the server stops (a crash, a Ctrl+C)

        assert script.wait(timeout=60) is not None
        assert not alive(worker), "the worker outlived the server"
    finally:
        if script.poll() is None:
            script.terminate()
            script.wait(timeout=60)
        for pid in started:  # whatever the script failed to stop
            if alive(pid):
                os.kill(pid, signal.SIGKILL)

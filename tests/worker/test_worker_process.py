"""The real worker process (`manage.py run_worker`, as `make run` and ops/serve-production.sh
start it) on a SQLite file: a task queued by another process is run, the clock runs the periodic
jobs, and SIGTERM stops it cleanly."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

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


def test_the_worker_process_runs_what_another_process_queued(tmp_path):
    database = tmp_path / "site.sqlite3"
    emails = tmp_path / "emails"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DJANGO_SETTINGS_MODULE": "tests.worker.child_settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "CHILD_EMAIL_DIR": str(emails),
    }
    manage(env, "migrate", "--noinput")
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

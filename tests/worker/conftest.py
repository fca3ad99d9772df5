"""The task queue as production runs it: django-tasks-db's database backend, and the worker's
own loop run in the test's process (`run_queued`), so a test sees what is queued, then what
the worker makes of it. tests/worker/test_worker_process.py runs the real process."""

import pytest
from django_tasks_db.models import DBTaskResult

from worker.management.commands.run_worker import ClockedWorker


def run_queued(clock=False):
    """One pass of the worker (`run_worker --batch`): the clock ticks once if `clock`, then
    every task that is ready runs; tasks deferred to later stay queued."""
    ClockedWorker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
        tick_seconds=15 if clock else 0,
    ).run()


def queued(task_path=None):
    """The tasks waiting in the queue (not yet run), optionally only those of one task."""
    waiting = DBTaskResult.objects.filter(status="READY")
    if task_path:
        waiting = waiting.filter(task_path=task_path)
    return list(waiting.order_by("enqueued_at"))


@pytest.fixture
def database_queue(settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker drops stale database connections between tasks; in a test the connection
    # holds the test's own transaction, which must survive.
    for module in (
        "django_tasks_db.management.commands.db_worker",
        "worker.management.commands.run_worker",
    ):
        monkeypatch.setattr(f"{module}.close_old_connections", lambda: None)
    return run_queued

"""`manage.py run_worker`: django-tasks-db's `db_worker`, plus the clock of the periodic jobs.

Every option of `db_worker` works (`--queue-name`, `--batch`, `--max-tasks`, `--reload`…);
`--tick` sets how often the clock looks for jobs due (worker/periodic.py), `--no-clock` leaves
the clock out (a worker for one queue, say). With `--batch` the clock ticks once, then the
worker runs everything queued and exits: one-shot runs from cron or tests.
"""

import logging
import os
import threading

from django.core.management.base import CommandError
from django.db import close_old_connections, connection
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker

from worker.periodic import tick

logger = logging.getLogger("worker")


class ClockedWorker(Worker):
    def __init__(self, *, tick_seconds, **kwargs):
        super().__init__(**kwargs)
        self.tick_seconds = tick_seconds
        self.clock_stopped = threading.Event()

    def run(self):
        if self.tick_seconds:
            self.tick()
            if not self.batch:
                threading.Thread(target=self.clock, name="worker-clock", daemon=True).start()
        try:
            super().run()
        finally:
            self.clock_stopped.set()

    def clock(self):
        while not self.clock_stopped.wait(self.tick_seconds):
            self.tick()
            # The thread's own connection: dropped between ticks, as a request's would be.
            connection.close()

    def tick(self):
        try:
            close_old_connections()
            tick()
        except Exception:  # a locked or unreachable database: the next tick tries again
            logger.exception("The periodic jobs' clock could not queue its jobs")


class Command(DbWorkerCommand):
    help = "Run queued tasks (database backend) and queue the periodic jobs when they are due"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--tick",
            type=float,
            default=15,
            dest="tick_seconds",
            help="Seconds between looks for periodic jobs due (default: %(default)r)",
        )
        parser.add_argument(
            "--no-clock",
            action="store_const",
            const=0,
            dest="tick_seconds",
            help="Do not queue periodic jobs from this worker.",
        )

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        reload,
        max_tasks,
        worker_id,
        exclude_queues,
        tick_seconds,
        **options,
    ):
        # db_worker's own handle() builds its Worker class by name; this is that method with
        # the clocked worker in its place (django-tasks-db 0.13).
        self.configure_logging(verbosity)
        if reload and batch:
            reload = False
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ClockedWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded,
            tick_seconds=tick_seconds,
        )
        if reload:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()

"""Jobs the worker runs on a clock: Wagtail's scheduled publishing, clean-ups (settings
`WORKER_PERIODIC_JOBS`: name -> (seconds between runs, management command and arguments)).

Periods are counted from the Unix epoch (`period = now // seconds`), so every worker agrees on
which period it is without talking to the others. A job is queued as a task once per period:
the first worker whose clock tick claims the period (a conditional UPDATE on `PeriodicJob`)
queues it, in the same transaction, and any worker runs it. A worker that was down for several
periods queues one run, not one per missed period: each job catches up on its own (publishing
what is overdue, deleting what is old).
"""

import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from worker.models import PeriodicJob

logger = logging.getLogger(__name__)


def period_of(seconds, now):
    return int(now.timestamp() // seconds)


def claim(name, period):
    """True for the one caller that moves the job into `period`."""
    if not PeriodicJob.objects.filter(name=name).exists():
        try:
            with transaction.atomic():
                PeriodicJob.objects.create(name=name)
        except IntegrityError:
            pass  # another worker created it first
    return (
        PeriodicJob.objects.filter(name=name, last_period__lt=period).update(last_period=period)
        == 1
    )


def tick(now=None):
    """Queue every job whose new period has begun; returns the names queued."""
    from worker.tasks import run_periodic_job

    now = now or timezone.now()
    queued = []
    for name, (seconds, _command) in settings.WORKER_PERIODIC_JOBS.items():
        with transaction.atomic():
            if claim(name, period_of(seconds, now)):
                run_periodic_job.enqueue(name)
                queued.append(name)
    if queued:
        logger.info("Queued periodic jobs: %s", ", ".join(queued))
    return queued

from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django_tasks import task


@task()
def run_periodic_job(name):
    """Run one of `WORKER_PERIODIC_JOBS` by its name; returns what the command printed.

    The queue carries the job's name only: the command it runs is read from the settings of
    the worker that runs it.
    """
    _seconds, command = settings.WORKER_PERIODIC_JOBS[name]
    output = StringIO()
    call_command(*command, stdout=output, stderr=output)
    return output.getvalue()[-10_000:]

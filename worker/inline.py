"""Running tasks in the process that queues them, for commands that change content in bulk.

A command such as `load_demo_content` publishes thousands of pages; queued, each would wait in
the database for the worker (search indexing, reference index), and a site started right after
would not find what was loaded. Inside `tasks_run_here()` every task runs at once, where it is
queued (django-tasks' immediate backend), as it did before the site had a worker.
"""

from contextlib import contextmanager

from django.test.utils import override_settings

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@contextmanager
def tasks_run_here(**settings):
    """Run the tasks queued inside the block at once; `settings` are overridden alongside."""
    # override_settings is Django's documented way to change settings for a block, and sends
    # the `setting_changed` signal on which django-tasks rebuilds its backends.
    with override_settings(TASKS=IMMEDIATE, **settings):
        yield

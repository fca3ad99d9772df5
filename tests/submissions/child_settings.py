"""Settings of the child processes of test_worker_killed.py: the test settings, with the
database from DATABASE_URL (read by base.py) and the media folder the parent test chose."""

import os

from config.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["CHILD_MEDIA_ROOT"]

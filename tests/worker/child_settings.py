"""Settings of the worker process test_worker_process.py starts: the site's defaults
(config/settings/dev.py, the database queue) on the test's own SQLite file, media folder and
e-mail folder."""

import os

from config.settings.dev import *  # noqa: F403

DEBUG = False
EMAIL_FILE_PATH = os.environ["CHILD_EMAIL_DIR"]

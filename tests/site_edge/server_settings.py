"""Settings of the real server test_concurrent_writers.py starts: the site's defaults
(config/settings/dev.py, so SQLite in WAL mode with IMMEDIATE transactions, as `make run`), on
the copy of the test site the test made (DATABASE_URL, CHILD_MEDIA_ROOT)."""

import os

from config.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
MEDIA_ROOT = os.environ["CHILD_MEDIA_ROOT"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SUBMISSION_RATE_PER_IP = "1000/h"  # every writer comes from 127.0.0.1
PAGE_CACHE_SECONDS = 0
DEMO_WARM_RENDITIONS = False

"""Test settings: fast hashing, local memory cache, media in a temporary folder."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="mikser-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="mikser-test-static-")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ratelimit",
    },
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The page cache is off in tests: tests roll back their content changes, which a shared cache
# would not forget, and many tests read `response.context`. tests/caching turns it on.
PAGE_CACHE_SECONDS = 0
DERIVED_CACHE_SECONDS = 0  # the same reason (caching/derived_cache.py)
# Each test rolls its renditions back: the demo loader does not warm them all (a minute and a
# half per call); tests/conftest.py warms the cards' once per session.
DEMO_WARM_RENDITIONS = False
# Each test runs inside one transaction on SQLite's in-memory, shared-cache test database, where
# an IMMEDIATE transaction holds the lock SQLite's online backup of that same database waits on
# for ever (tests/site_edge/test_backups.py). The site's SQLite settings (base.py) are tested on
# a file database, in real processes, with the default settings
# (tests/site_edge/test_sqlite_writers.py).
DATABASES["default"].get("OPTIONS", {}).pop("transaction_mode", None)  # noqa: F405
# Tasks run inside the code that queues them (django-tasks' immediate backend), so a test sees
# their effect at once; tests of the queue itself use the database backend and a real worker
# (tests/worker/). E-mails go through the outbox to Django's test mailbox.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A publish would encode every AVIF of the page: on only where tested (tests/pictures/).
WARM_RENDITIONS_ON_PUBLISH = False

"""The visitor's page request being handled, for code that is not handed the request.

Wagtail's privacy checks (home/privacy.py) run deep inside querysets and hooks. They may answer
from the derived cache only while a visitor's GET request under a language prefix is being
served: the admin, forms, background jobs and management commands always read the database.
The outermost middleware (home/page_cache.py) sets it around each such request.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_public_request = ContextVar("mikser_public_request", default=None)


@contextmanager
def public_request(request):
    token = _public_request.set(request)
    try:
        yield
    finally:
        _public_request.reset(token)


def current_public_request():
    return _public_request.get()

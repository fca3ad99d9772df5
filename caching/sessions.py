"""Sessions in the database with a shared cache in front (SESSION_CACHE_URL, production).

Django's `cached_db` store already survives a cache that fails while saving (the session is in
the database) and while reading; it does not survive one that fails while it copies a session
it has just read from the database back into the cache, which is every request of a logged-in
editor while Redis is down. This store logs that and goes on: an outage of the cache costs a
database read, never the request.
"""

import logging

from django.contrib.sessions.backends import cached_db

logger = logging.getLogger(__name__)


class SessionStore(cached_db.SessionStore):
    def load(self):
        cache = self._cache
        self._cache = _Forgiving(cache)
        try:
            return super().load()
        finally:
            self._cache = cache


class _Forgiving:
    def __init__(self, cache):
        self.cache = cache

    def get(self, *args, **kwargs):
        return self.cache.get(*args, **kwargs)  # cached_db catches a failure here itself

    def set(self, *args, **kwargs):
        try:
            self.cache.set(*args, **kwargs)
        except Exception as error:
            logger.warning("session cache unavailable: %s", error)

"""Django's Redis cache, with one Redis client per connection pool instead of one per call.

Django's `RedisCacheClient.get_client()` builds a new `redis.Redis` for every cache operation;
redis-py fills a table of ~170 response callbacks in each constructor, which cost about
0.2 ms per call, a third of a page-cache hit (docs/benchmarks.md). The client is stateless
apart from its pool, so one per pool is enough.
"""

import logging

from django.core.cache.backends import redis as django_redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(
                connection_pool=self._get_connection_pool(index)
            )
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient


class ForgivingRedisCache(RedisCache):
    """A Redis cache whose outage costs speed, never a request (a cluster's shared Redis).

    Code that uses Django's cache without expecting it to fail (Wagtail's site root paths,
    Django's `cached_db` sessions, django-ratelimit's counters) would answer every request with
    a 500 while Redis is down. Here a read misses, a write is dropped and `add` says it did not
    add, each logged. The page cache and the derived cache do not use this class: they must
    tell a missing generation counter from an unreachable one, and handle an outage themselves
    (config/settings/production.py gives them a strict alias of the same Redis).
    """

    def strict_get(self, key, default=None, version=None):
        """A read that raises when Redis is down (/healthz/ uses it)."""
        return super().get(key, default, version)


def _forgiving(name, neutral):
    method = getattr(RedisCache, name)

    def forgiving(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except RedisError as error:
            logger.warning("cache %s failed, carrying on without it: %s", name, error)
            return neutral(*args, **kwargs) if callable(neutral) else neutral

    forgiving.__name__ = name
    return forgiving


def _default(key, default=None, *args, **kwargs):
    return default


def _no_counter(*args, **kwargs):
    raise ValueError("the cache is unavailable")  # what Django raises for a missing key


for _name, _neutral in {
    "get": _default,
    "set": None,
    "add": False,
    "touch": False,
    "delete": False,
    "get_many": {},
    "set_many": [],
    "delete_many": None,
    "has_key": False,
    "incr": _no_counter,
    "clear": False,
}.items():
    setattr(ForgivingRedisCache, _name, _forgiving(_name, _neutral))

"""A forgiving Redis cache: while Redis is down reads miss and writes are dropped, no request
fails (caching/redis_backend.py, used by config/settings/production.py for a cluster's Redis)."""

import socket

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from caching.redis_backend import ForgivingRedisCache


@pytest.fixture
def unreachable():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cache = ForgivingRedisCache(f"redis://127.0.0.1:{port}/0", {})
    yield cache
    cache.close()


def test_reads_miss_and_writes_are_dropped_while_redis_is_down(unreachable):
    assert unreachable.get("k") is None
    assert unreachable.get("k", "fallback") == "fallback"
    assert unreachable.set("k", 1) is None
    assert unreachable.add("k", 1) is False
    assert unreachable.get_many(["a", "b"]) == {}
    assert unreachable.has_key("k") is False
    assert unreachable.delete("k") is False
    assert unreachable.get_or_set("k", lambda: 7) == 7
    with pytest.raises(ValueError):  # as for a missing key: django-ratelimit handles it
        unreachable.incr("k")


def test_the_strict_read_still_says_redis_is_down(unreachable):
    with pytest.raises(RedisConnectionError):
        unreachable.strict_get("k")

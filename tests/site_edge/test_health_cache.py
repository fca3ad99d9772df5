"""/healthz/ names a shared cache that is down: `degraded`, still 200 (the cluster's Redis)."""

import socket

import pytest
from django.core.cache import caches


@pytest.fixture
def unreachable_redis(settings):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "caching.redis_backend.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
        },
    }
    yield
    caches["shared"].close()


@pytest.mark.django_db
def test_a_cache_that_is_down_makes_health_degraded_not_failed(client, unreachable_redis):
    response = client.get("/healthz/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"] == {"ok": False, "error": "ConnectionError", "alias": "shared"}


@pytest.mark.django_db
def test_local_caches_are_always_healthy(client):
    assert client.get("/healthz/").json()["checks"]["cache"] == {"ok": True}


@pytest.mark.django_db
def test_a_forgiving_cache_that_is_down_is_reported_too(client, unreachable_redis, settings):
    shared = {**settings.CACHES["shared"], "BACKEND": "caching.redis_backend.ForgivingRedisCache"}
    settings.CACHES = {**settings.CACHES, "shared": shared}
    body = client.get("/healthz/").json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["alias"] == "shared"

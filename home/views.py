"""Operational endpoints: health and robots.txt."""

import logging

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.search.backends import get_search_backend

from addresses.absolute import absolute

logger = logging.getLogger(__name__)


def _database_state():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver error means "down"; the detail goes to the log
        logger.warning("healthz: database check failed: %s", error)
        return {"ok": False, "vendor": connection.vendor, "error": type(error).__name__}
    return {"ok": True, "vendor": connection.vendor}


def _search_state():
    backend = get_search_backend()
    name = type(backend).__module__
    # modelsearch's OpenSearch/Elasticsearch backends keep their client as `es`.
    client = getattr(backend, "es", None) or getattr(backend, "client", None)
    if client is None:  # the database backend lives and dies with the database
        return {"ok": True, "backend": name}
    try:
        client.cluster.health(request_timeout=2)
    except Exception as error:  # connection refused, timeout, auth: all mean "down"
        logger.warning("healthz: search check failed: %s", error)
        return {"ok": False, "backend": name, "error": type(error).__name__}
    return {"ok": True, "backend": name}


# Caches that live in this process cannot be down; a shared one (Redis) can.
_LOCAL_CACHES = ("LocMemCache", "DummyCache")


def _cache_state():
    for alias, config in settings.CACHES.items():
        if config["BACKEND"].endswith(_LOCAL_CACHES):
            continue
        try:
            cache = caches[alias]
            # A miss is fine; an exception is an outage (a forgiving cache has a strict read).
            getattr(cache, "strict_get", cache.get)("healthz:probe")
        except Exception as error:
            logger.warning("healthz: cache %s check failed: %s", alias, error)
            return {"ok": False, "error": type(error).__name__, "alias": alias}
    return {"ok": True}


@never_cache
@require_GET
def healthz(request):
    checks = {"database": _database_state(), "search": _search_state(), "cache": _cache_state()}
    # Only a database outage takes the site out of a load balancer: without search every other
    # page still works, and without the shared cache pages are rendered instead of replayed, so
    # a search or cache outage reports "degraded" with 200.
    status = 200 if checks["database"]["ok"] else 503
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", "checks": checks}, status=status
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Sitemap: {absolute(reverse('sitemap'), request)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

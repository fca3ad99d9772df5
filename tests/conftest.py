"""Shared fixtures. The demo site is loaded once per test session into the test database and
each test runs in a transaction that is rolled back, so tests see the same site."""

import os
import socket
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client
from django.utils import translation
from wagtail.models import Locale

LANGUAGE_VERSIONS = ["en", "sr", "sr-latn", "sv"]


def _cluster_tests_wanted():
    """tests/cluster runs when asked (make test-cluster, the CI leg) or when the cluster is up."""
    if os.environ.get("MIKSER_CLUSTER_TESTS") == "1":
        return True
    if not (Path(__file__).resolve().parents[1] / ".ops" / "cluster" / "env").exists():
        return False
    try:
        socket.create_connection(("127.0.0.1", 8080), timeout=0.2).close()
    except OSError:
        return False
    return True


collect_ignore = [] if _cluster_tests_wanted() else ["cluster"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from demo.loader import DemoLoader
    from pictures.specs import CARD_PICTURE, SQUARE_PICTURE
    from pictures.warming import warm_renditions

    with django_db_blocker.unblock():
        DemoLoader(log=lambda *args: None).run()  # DEMO_WARM_RENDITIONS is off in tests
        # Tests roll back their transactions, renditions made inside a test included: warm the
        # pictures of the cards (listings and home page, rendered by many tests) once, here.
        # Encoding every AVIF the demo has would add a minute or two to each session; a test
        # that opens a detail page pays for that page's renditions only.
        warm_renditions(only=[CARD_PICTURE, SQUARE_PICTURE])


@pytest.fixture
def demo(db):
    """The demo site (already loaded); returns the English home page."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def client():
    return Client()


def url_in(page, language):
    """The public URL of `page`'s translation for a language version (`sr-latn` uses `sr`)."""
    content = "sr" if language.startswith("sr") else language
    target = page.get_translation(Locale.objects.get(language_code=content))
    with translation.override(language):
        return target.get_url()


def running_in_ci():
    return os.environ.get("CI", "").lower() == "true"


@pytest.fixture
def derived_cache_on(settings):
    """Only the derived cache (caching/derived_cache.py): pages still render on every request."""
    settings.DERIVED_CACHE_SECONDS = 3600
    cache = caches[settings.PAGE_CACHE_ALIAS]
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def admin_user(db):
    """The demo's administrator (pytest-django's own `admin_user` would create a second one)."""
    return get_user_model().objects.get(username="admin")

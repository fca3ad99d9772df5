"""Fixtures for the production-readiness tests (issue #7)."""

import pytest
from django.core.cache import caches


@pytest.fixture
def page_cache_on(settings):
    """The page cache and the derived cache as in production, empty before and after the test."""
    settings.PAGE_CACHE_SECONDS = 300
    settings.DERIVED_CACHE_SECONDS = 3600
    cache = caches[settings.PAGE_CACHE_ALIAS]
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def admin_user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="admin")

"""Fixtures for the caching tests: the page cache and the derived cache switched on."""

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

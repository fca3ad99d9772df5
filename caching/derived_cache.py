"""Values computed from published content, kept until the content changes.

The header, footer and language switcher of every page, and the filter choices and totals of
the listings, take a dozen queries to work out and change only when an editor publishes. They
are cached under the page cache's *content generation* (caching/page_cache.py), so the bump that
follows any change to published content (caching/invalidation.py) retires them together
with the cached pages: nothing here can be older than the last publish.

Only plain data is cached (URLs, titles, ids, counts), never model instances.
DERIVED_CACHE_SECONDS = 0 turns the cache off (the test settings do, because tests roll their
content back without a publish signal; tests/production turns it on where it is tested).
"""

import hashlib
import logging

from django.conf import settings

from caching.local_cache import MISSING, LocalCache
from caching.page_cache import current_generation, page_cache
from caching.public_request import renders_published_content

logger = logging.getLogger(__name__)

# Values are tied to a generation by their key, so each worker keeps the ones it uses.
local = LocalCache(max_entries=5000)


def generation_for(request):
    """The content generation, read once per request."""
    generation = getattr(request, "_content_generation", None)
    if generation is None:
        generation = current_generation()
        if request is not None:
            request._content_generation = generation
    return generation


def derived(request, key_parts, compute, keep=None):
    """`compute()`, or its value stored under the current content generation.

    `keep(value)` says whether a computed value is worth storing (the router does not store
    addresses that lead nowhere, so made-up URLs cannot fill the cache). A preview, or a request
    that did not come in through the site's middleware, always computes (caching/public_request.py).
    """
    if not settings.DERIVED_CACHE_SECONDS or not renders_published_content(request):
        return compute()
    try:
        digest = hashlib.sha256(repr(tuple(key_parts)).encode()).hexdigest()[:32]
        key = f"derived:{generation_for(request)}:{digest}"
    except Exception as error:  # a cache outage costs speed, never the page
        logger.warning("derived cache unavailable: %s", error)
        return compute()
    value = local.get(key)
    if value is not MISSING:
        return value
    try:
        value = page_cache().get(key, MISSING)
    except Exception as error:
        logger.warning("derived cache unavailable: %s", error)
        return compute()
    if value is MISSING:
        value = compute()
        if keep is not None and not keep(value):
            return value
        try:
            page_cache().set(key, value, settings.DERIVED_CACHE_SECONDS)
        except Exception as error:
            logger.warning("derived cache could not store %s: %s", key, error)
    local.set(key, value, settings.DERIVED_CACHE_SECONDS)
    return value

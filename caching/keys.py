"""What a derived value depends on besides published content, as part of its cache key.

The derived cache (caching/derived_cache.py) already keys every value by the content generation.
Anything rendered for a visitor also depends on the language version (`sr` and `sr-latn` differ)
and on the host (page URLs are relative with one site, absolute with several). Every key for
such a value ends with `page_variant(request)`.
"""

from django.utils import translation


def page_variant(request):
    """(language version, host) of the request being served."""
    return (translation.get_language(), request.get_host() if request is not None else "")

"""The page cache: anonymous visitors' page views served from Django's cache (issue #7).

Every stored page is keyed by a *content generation*, a counter in the same cache that
`home.cache_invalidation` bumps whenever published content changes (publish, unpublish, move,
delete, a translation, a snippet, an image, a privacy setting). A bump makes every stored page
unreachable at once, so nobody is served a page older than the last publish, and nothing has to
know which pages show which content (a designer appears on listings, the home page, projects,
search and in four language versions).

What is cached, and why only that:
- GET requests for Wagtail pages under a language prefix (`/en/`, `/sr/`, `/sr-latn/`, `/sv/`);
  `/` answers by the visitor's language and is never cached; search, submissions, the API and
  the admin are other views and are never cached.
- Requests without a session cookie or pending messages: a logged-in editor, or a visitor in the
  middle of a submission, always gets a fresh page.
- Responses with status 200 that set no cookie, use no CSRF token (so no page with a form), do
  not vary on Cookie and do not ask for `private`/`no-cache`/`no-store`.

The middleware sits after LocaleMiddleware, so the language cookie that remembers a visitor's
choice is still set on cached responses, and before SerbianLatinMiddleware, so `/sr-latn/` pages
are stored already converted.

The counter must be shared by all worker processes: with several gunicorn workers use Redis
(`CACHE_URL=rediscache://…`); local memory is per process and is only right for one process.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import cc_delim_re, patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
CACHE_HEADER = "X-Page-Cache"
# Wagtail's catch-all page view; routable pages (feeds, calendars) are served by it too.
PAGE_VIEW = "wagtail_serve"
NOT_CACHEABLE_CONTROLS = ("private", "no-cache", "no-store")


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation():
    generation = page_cache().get(GENERATION_KEY)
    if generation is None:
        # A new or flushed cache, or the counter was evicted: start from the clock, so the new
        # counter never repeats one that pages may still be stored under. `add` keeps a
        # concurrent start or bump from being overwritten.
        page_cache().add(GENERATION_KEY, fresh_generation(), timeout=None)
        generation = page_cache().get(GENERATION_KEY, 0)
    return generation


def fresh_generation():
    return time.time_ns() // 1000


def bump_generation():
    """Make every stored page stale (called after any change to published content)."""
    cache = page_cache()
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # no counter (new or flushed cache): any fresh start is a new one
            if not cache.add(GENERATION_KEY, fresh_generation(), timeout=None):
                cache.incr(GENERATION_KEY)
    except Exception as error:  # the publish itself has succeeded; pages expire on their own
        logger.error("page cache could not be emptied: %s", error)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not self.request_is_cacheable(request):
            return self.get_response(request)
        try:
            key = self.key_for(request)
            cached = page_cache().get(key)
        except Exception as error:  # a cache outage costs speed, never the page
            logger.warning("page cache unavailable: %s", error)
            return self.get_response(request)
        if cached is not None:
            cached[CACHE_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if self.response_is_cacheable(request, response):
            self.prepare_for_shared_caches(response)
            try:
                page_cache().set(key, response, settings.PAGE_CACHE_SECONDS)
            except Exception as error:
                logger.warning("page cache could not store %s: %s", request.path, error)
            response[CACHE_HEADER] = "miss"
        return response

    @staticmethod
    def request_is_cacheable(request):
        if request.method != "GET":
            return False
        if not request.path_info.startswith(language_prefixes()):
            return False
        cookies = request.COOKIES
        return not (settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies)

    @staticmethod
    def response_is_cacheable(request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name != PAGE_VIEW:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form with a CSRF token
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        vary = {value.lower() for value in cc_delim_re.split(response.get("Vary", ""))}
        if "cookie" in vary or "*" in vary:
            return False
        control = response.get("Cache-Control", "").lower()
        return not any(word in control for word in NOT_CACHEABLE_CONTROLS)

    @staticmethod
    def prepare_for_shared_caches(response):
        # Browsers ask again every time (a publish shows at once); a CDN may keep the page for
        # FRONTEND_CACHE_SECONDS, and Wagtail's frontend-cache purging removes it on publish.
        patch_cache_control(response, public=True, max_age=0)
        if settings.FRONTEND_CACHE_SECONDS:
            patch_cache_control(response, s_maxage=settings.FRONTEND_CACHE_SECONDS)

    @staticmethod
    def key_for(request):
        # Scheme and host are part of the page (canonical and hreflang links, JSON-LD).
        address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"page-cache:{current_generation()}:{digest}"


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

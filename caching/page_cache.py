"""The page cache: anonymous visitors' page views served from Django's cache (issue #7).

Every stored page is keyed by a *content generation*, a counter in the same cache that
`caching.invalidation` bumps whenever published content changes (publish, unpublish, move,
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
- Responses with status 200 that set no cookie but the language one, use no CSRF token (so no
  page with a form), do not vary on `*` and do not ask for `private`/`no-cache`/`no-store`.

Hits are answered before Django's request handling by `CachedPagesApplication`, the WSGI
application gunicorn runs (config/wsgi.py), and otherwise by the middleware, the outermost one
(the test client and `runserver` do not go through config/wsgi.py): either way a hit costs one
cache round trip and skips sessions, CSRF, auth and the language machinery, which is what lets a
cached page be served thousands of times a second on two cores. What is stored is the response
as it leaves the site (the `/sr-latn/` conversion and the security headers already applied), as
plain data: status, headers and body, with the content generation it was rendered under. The
counter is read from the shared cache on every request; the page from the worker's memory when
it holds that generation's copy (caching/local_cache.py), else from the shared cache. The language
cookie is the one per-visitor part of a page view: it is never stored, and a hit sets it exactly
as LocaleMiddleware would (`remember_language`).

The counter must be shared by all worker processes: with several gunicorn workers use Redis
(`CACHE_URL=rediscache://…`); local memory is per process and is only right for one process.
"""

import hashlib
import logging
import time
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

from caching.local_cache import MISSING, LocalCache
from caching.public_request import (
    mark_published_content,
    public_request,
    renders_published_content,
)
from languages import locales
from languages.middleware import remember_language

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
CACHE_HEADER = "X-Page-Cache"
# The WSGI environ key under which CachedPagesApplication hands its lookup to the middleware.
LOOKED_UP = "mikser.page_cache.lookup"
# Wagtail's catch-all page view; routable pages (feeds, calendars) are served by it too.
PAGE_VIEW = "wagtail_serve"
NOT_CACHEABLE_CONTROLS = ("private", "no-cache", "no-store")
# Each worker's copies of pages it served, checked against the shared generation on every hit.
local_pages = LocalCache(max_entries=300)


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
    return seen(generation)


_last_seen = [None]


def seen(generation):
    """Note the generation this process has read; a new one drops per-process state.

    The one thing a process keeps outside the generation's keys is the locale map
    (languages/locales.py). A locale saved in another process or on another node bumps the
    generation, so this is where every other process hears of it.
    """
    if generation != _last_seen[0]:
        if _last_seen[0] is not None:
            locales.forget()
        _last_seen[0] = generation
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
        mark_published_content(request)
        if not renders_published_content(request):
            # A preview, on the page's own path and host: neither cache, and Wagtail's own
            # privacy checks (caching/public_request.py).
            with public_request(None):
                return self.get_response(request)
        if request.method in ("GET", "HEAD") and request.path_info.startswith(language_prefixes()):
            with public_request(request):
                return self.serve(request)
        return self.serve(request)

    def serve(self, request):
        found = self.find(request)
        if found is None:
            return self.get_response(request)
        key, generation, stored = found
        if stored is not None:
            return self.replay(request, stored)
        request._content_generation = generation  # the derived cache reads it from here
        response = self.get_response(request)
        if self.response_is_cacheable(request, response):
            self.prepare_for_shared_caches(response)
            self.store(key, generation, response)
            response[CACHE_HEADER] = "miss"
        return response

    @classmethod
    def find(cls, request):
        """(key, generation, stored page or None), or None when the cache is not for this request.

        `CachedPagesApplication` may have looked already, before Django's request handling; its
        answer (a miss) travels in the WSGI environ so the cache is read once per request.
        """
        if LOOKED_UP in request.META:
            return request.META[LOOKED_UP]
        if not settings.PAGE_CACHE_SECONDS or not cls.request_is_cacheable(request):
            return None
        try:
            key = cls.key_for(request)
        except DisallowedHost:  # Django answers it with a 400 further in
            return None
        try:
            generation, stored = cls.lookup(key)
        except Exception as error:  # a cache outage costs speed, never the page
            logger.warning("page cache unavailable: %s", error)
            return None
        return key, generation, stored

    @staticmethod
    def lookup(key):
        """The current generation and the page stored under it.

        The generation is one small read from the shared cache; the page itself comes from this
        worker's memory when it holds the copy of that generation (caching/local_cache.py).
        """
        cache = page_cache()
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            return current_generation(), None
        seen(generation)
        stored = local_pages.get(key)
        if stored is not MISSING and stored[0] == generation:
            return generation, stored
        stored = cache.get(key)
        if stored is None or stored[0] != generation:
            return generation, None
        local_pages.set(key, stored, settings.PAGE_CACHE_SECONDS)
        return generation, stored

    @staticmethod
    def store(key, generation, response):
        # Rendered under `generation`: a publish during rendering makes it stale at once.
        stored = (
            generation,
            response.status_code,
            list(response.headers.items()),
            response.content,
        )
        local_pages.set(key, stored, settings.PAGE_CACHE_SECONDS)
        try:
            page_cache().set(key, stored, settings.PAGE_CACHE_SECONDS)
        except Exception as error:
            logger.warning("page cache could not store %s: %s", key, error)

    @staticmethod
    def replay(request, stored):
        _generation, status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response.headers[name] = value
        response[CACHE_HEADER] = "hit"
        remember_language(request, response)
        return response

    @staticmethod
    def request_is_cacheable(request):
        if request.method != "GET":
            return False
        if not request.path_info.startswith(language_prefixes()):
            return False
        if not set(request.GET) <= settings.PAGE_CACHE_QUERY_PARAMETERS:
            return False
        cookies = request.COOKIES
        return not (settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies)

    @staticmethod
    def response_is_cacheable(request, response):
        if not renders_published_content(request):  # `serve_preview` marks it `is_preview`
            return False
        if response.status_code != 200 or response.streaming:
            return False
        # The language cookie is set again on every hit; any other cookie is somebody's own.
        if set(response.cookies) - {settings.LANGUAGE_COOKIE_NAME}:
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name != PAGE_VIEW:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form with a CSRF token
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        # `Vary: Cookie` comes from the session middleware whenever a template looked at the
        # (empty) session; the request carries no session or message cookie, so the page is
        # every anonymous visitor's page.
        vary = {value.lower() for value in cc_delim_re.split(response.get("Vary", ""))}
        if "*" in vary:
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
        return f"page-cache:{digest}"


class CachedPagesApplication:
    """The WSGI application, answering page-cache hits before Django handles the request.

    A hit needs none of Django's request machinery (signals that check database connections,
    the URL resolver, the middleware chain): this wrapper builds the request, asks the page cache
    middleware's own `find` and `replay`, and writes the stored response. Everything else, and
    every miss, goes to Django, with the lookup's answer attached so it is not repeated.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if settings.PAGE_CACHE_SECONDS and environ.get("REQUEST_METHOD") == "GET":
            request = WSGIRequest(environ)
            found = AnonymousPageCacheMiddleware.find(request)
            if found is not None and found[2] is not None:
                _generation, status, headers, content = found[2]
                headers = [*headers, (CACHE_HEADER, "hit")]
                cookie = HttpResponse(status=status)  # only to reuse Django's cookie rendering
                remember_language(request, cookie)
                headers += [("Set-Cookie", c.OutputString()) for c in cookie.cookies.values()]
                start_response(f"{status} {HTTPStatus(status).phrase}", headers)
                return [content]
            environ[LOOKED_UP] = found
        return self.application(environ, start_response)


def language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

"""Language middleware: locale redirects, and `/sr-latn/` rendered from the Cyrillic pages."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.translation import get_language_from_path

from languages.transliteration import html_to_latin, to_latin

CONVERTIBLE = ("text/html", "application/xhtml+xml")
CONVERTIBLE_TEXT = ("application/rss+xml", "application/atom+xml", "text/calendar",
                    "application/json", "text/plain")  # fmt: skip


class SerbianLatinMiddleware:
    """Convert responses to Serbian Latin when the active language is `sr-latn`.

    HTML keeps its markup, URLs, scripts and styles; only what people read changes. Feeds,
    calendars and JSON are converted as text (their syntax is ASCII, so only values change).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Only the /sr-latn/ version is converted: an unprefixed URL (the API, the sitemap) may
        # run in sr-latn because of a visitor's cookie but must answer as it always does.
        if not request.path_info.startswith("/sr-latn/") or response.streaming:
            return response
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        if content_type in CONVERTIBLE:
            convert = html_to_latin
        elif content_type in CONVERTIBLE_TEXT:
            convert = to_latin
        else:
            return response
        charset = response.charset or "utf-8"
        response.content = convert(response.content.decode(charset)).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without language redirects for machine and admin URLs.

    Django redirects a 404 to the same path under the visitor's language prefix whenever that
    path resolves, and Wagtail's catch-all makes every `/en/…` path resolve, so a missing API
    object would answer 302 to `/en/api/…` instead of 404.
    """

    UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz/", "/static/", "/media/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNPREFIXED):
            return response
        response = super().process_response(request, response)
        remember_language(request, response)
        return response


def remember_language(request, response):
    """Remember the language version a visitor reads, so `/` brings them back to it.

    Reaching a prefixed page (through the switcher, a link or a bookmark) is the visitor's
    choice; the cookie then outranks Accept-Language when `/` is visited again.
    """
    language = get_language_from_path(request.path_info)
    if (
        language
        and response.status_code == 200
        and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
    ):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )

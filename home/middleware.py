"""Render `/sr-latn/` from the Serbian Cyrillic pages by converting the response to Latin."""

from django.utils import translation

from home.transliteration import html_to_latin, to_latin

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
        if translation.get_language() != "sr-latn" or response.streaming:
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

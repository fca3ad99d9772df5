"""Template tags for the header, the footer and the language switcher.

The header and footer appear on every page, so what they look up is fetched once per request
and kept on the request.
"""

from django import template
from django.utils import translation
from wagtail.models import Locale, Page

from home.languages import bcp47, language_links
from home.models import FooterText, HomePage

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language_links(context, page=None):
    """Every language version of the current page (see home.languages.language_links)."""
    request = context.get("request")
    page = page or context.get("page") or _chrome(request)["home"]
    if page is None:
        return []
    return language_links(page, request)


@register.simple_tag
def html_lang():
    return bcp47(translation.get_language() or "en")


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the visitor's locale."""
    return _chrome(context.get("request"))["home"]


@register.simple_tag(takes_context=True)
def main_sections(context):
    return _chrome(context.get("request"))["sections"]


@register.simple_tag(takes_context=True)
def footer_text(context):
    return _chrome(context.get("request"))["footer"]


def _chrome(request):
    language = translation.get_language()
    cached = getattr(request, "_site_chrome", None)
    if cached and cached["language"] == language:
        return cached
    locale = Locale.get_active()
    home = HomePage.objects.live().filter(locale=locale).first()
    sections = (
        list(Page.objects.live().public().in_menu().child_of(home)) if home is not None else []
    )
    chrome = {
        "language": language,
        "home": home,
        "sections": sections,
        "footer": FooterText.objects.filter(locale=locale).first(),
    }
    if request is not None:
        request._site_chrome = chrome
    return chrome

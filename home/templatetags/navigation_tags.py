"""Template tags for the header, the footer and the language switcher.

They appear on every page, so what they show is worked out once per content generation and
kept as plain data (caching/derived_cache.py): URLs, titles and ids, not pages.
"""

from django import template
from django.utils import translation
from wagtail.models import Page

from caching.derived_cache import derived
from caching.keys import page_variant
from home.models import FooterText, HomePage
from languages.locales import active_locale
from languages.versions import bcp47, language_links

register = template.Library()


@register.simple_tag(takes_context=True)
def page_language_links(context, page=None):
    """Every language version of the current page (see languages.versions.language_links)."""
    request = context.get("request")
    if context.get("own_language_links") is not None:
        # A view that is not a page but exists in every language (the submitter's private
        # status page) gives its own links, so that switching stays on it.
        return context["own_language_links"]
    page = page or context.get("page")
    if page is not None:
        pk, target = page.pk, lambda: page
    else:  # search, error pages: the links of the home page
        home = _chrome(request)["home"]
        if home is None:
            return []
        pk, target = home["pk"], lambda: Page.objects.get(pk=home["pk"])
    key = ("language-links", pk, *page_variant(request))
    return derived(request, key, lambda: language_links(target(), request))


@register.simple_tag
def html_lang():
    return bcp47(_language())


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the visitor's locale: {"pk", "url"}."""
    return _chrome(context.get("request"))["home"]


@register.simple_tag(takes_context=True)
def main_sections(context):
    """The menu sections: [{"pk", "title", "url", "url_path"}]."""
    return _chrome(context.get("request"))["sections"]


@register.simple_tag(takes_context=True)
def footer_text(context):
    return _chrome(context.get("request"))["footer"]


def _language():
    return translation.get_language() or "en"


def _chrome(request):
    language = _language()
    cached = getattr(request, "_site_chrome", None)
    if cached and cached["language"] == language:
        return cached
    chrome = derived(request, ("chrome", *page_variant(request)), lambda: _build(request))
    chrome = {**chrome, "language": language}
    if request is not None:
        request._site_chrome = chrome
    return chrome


def _build(request):
    locale = active_locale()
    home = HomePage.objects.live().filter(locale=locale).first()
    sections = (
        Page.objects.live().public().in_menu().child_of(home).only("title", "url_path")
        if home is not None
        else []
    )
    footer = FooterText.objects.filter(locale=locale).first()
    return {
        "home": {"pk": home.pk, "url": home.get_url(request)} if home else None,
        "sections": [
            {
                "pk": section.pk,
                "title": section.title,
                "url": section.get_url(request),
                "url_path": section.url_path,
            }
            for section in sections
        ],
        "footer": footer.text if footer else "",
    }

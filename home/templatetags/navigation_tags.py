"""Template tags for the header, the footer and the language switcher."""

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
    page = page or context.get("page") or _home_page()
    if page is None:
        return []
    return language_links(page, request)


@register.simple_tag
def html_lang():
    return bcp47(translation.get_language() or "en")


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the visitor's locale, for the header and the main navigation."""
    return _home_page()


@register.simple_tag
def main_sections():
    home = _home_page()
    if home is None:
        return []
    return list(Page.objects.live().public().in_menu().child_of(home).specific(defer=True))


@register.simple_tag
def footer_text():
    return FooterText.objects.filter(locale=Locale.get_active()).first()


def _home_page():
    return HomePage.objects.live().filter(locale=Locale.get_active()).first()

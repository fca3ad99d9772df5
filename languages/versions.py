"""The four language versions and how each maps to a content locale.

`sr-latn` is a language version, not a content locale: it shows the Cyrillic `sr` pages in
Latin script (docs/languages.md).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

# BCP 47 tags for `lang` and `hreflang`: Django's codes do not say the script.
BCP47 = {"en": "en", "sr": "sr-Cyrl", "sr-latn": "sr-Latn", "sv": "sv"}


def content_language(language_code):
    """The content locale that serves a language version (`sr-latn` -> `sr`)."""
    return "sr" if language_code.lower().startswith("sr") else language_code


def bcp47(language_code):
    return BCP47.get(language_code, language_code)


@dataclass
class LanguageLink:
    code: str
    name: str
    lang: str
    url: str
    is_current: bool
    is_fallback: (
        bool  # the page is not translated: the link leads to its nearest translated ancestor
    )


def language_links(page, request=None):
    """Links to `page` in every language version, in one query for the translations.

    Where the page has no live translation in a language, the link leads to the nearest ancestor
    that has one (ultimately that language's home page) and says so, instead of a dead link.
    """
    current = translation.get_language()
    lineage = list(page.get_ancestors(inclusive=True).filter(depth__gt=1).specific(defer=True))
    lineage.reverse()  # the page itself first, then its parents
    keys = [p.translation_key for p in lineage]
    translations = {
        (p.translation_key, p.locale_id): p
        for p in Page.objects.live().public().filter(translation_key__in=keys)
    }
    locales = {locale.language_code: locale for locale in Locale.objects.all()}

    links = []
    for code, name in settings.LANGUAGES:
        locale = locales.get(content_language(code))
        target, fallback = None, False
        if locale:
            for position, ancestor in enumerate(lineage):
                target = translations.get((ancestor.translation_key, locale.pk))
                if target:
                    fallback = position > 0
                    break
        if target is None:
            continue
        with translation.override(code):
            url = target.get_url(request)
        links.append(LanguageLink(code, name, bcp47(code), url, code == current, fallback))
    return links

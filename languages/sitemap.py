"""A sitemap of every live page in every language version, each with its alternates.

Wagtail's sitemap lists only the default locale's tree (wagtail#12420). This one lists each
live, public page of every locale, plus the `/sr-latn/` version of each Serbian page, and gives
every entry the `hreflang` alternates of all its translations and an `x-default`.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.utils import translation
from wagtail.models import Page, Site

from addresses.absolute import absolute
from languages.versions import bcp47, content_language


class MultilingualPageSitemap(Sitemap):
    def __init__(self, request=None):
        self.request = request

    def pages(self):
        site = Site.find_for_request(self.request) if self.request else None
        site = site or Site.objects.get(is_default_site=True)
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        return (
            pages.live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .order_by("path")
        )

    def get_urls(self, page=1, site=None, protocol=None):
        by_key = defaultdict(dict)  # translation_key -> language code -> (page, absolute url)
        for page_obj in self.pages():
            for code, _name in settings.LANGUAGES:
                if content_language(code) != page_obj.locale.language_code:
                    continue
                with translation.override(code):
                    relative = page_obj.get_url(self.request)
                if relative:
                    by_key[page_obj.translation_key][code] = (
                        page_obj,
                        absolute(relative, self.request),
                    )

        urls = []
        for versions in by_key.values():
            alternates = [
                {"lang_code": bcp47(code), "location": location}
                for code, (_page, location) in versions.items()
            ]
            default = versions.get(settings.LANGUAGE_CODE)
            if default:
                alternates.append({"lang_code": "x-default", "location": default[1]})
            for _code, (page_obj, location) in versions.items():
                urls.append(
                    {
                        "item": page_obj,
                        "location": location,
                        "lastmod": page_obj.last_published_at,
                        "changefreq": None,
                        "priority": None,
                        "alternates": alternates,
                    }
                )
        return urls


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": MultilingualPageSitemap(request)})

"""RSS 2.0 and Atom feeds of a language version's programmes (django.contrib.syndication).

One feed per programme index, so per locale: the index page's route serves it under its own
translated URL (/en/programmes/feeds/rss/, /sv/program/feeds/atom/). Only live, public pages
are listed, so drafts and pages behind a privacy restriction never reach a feed reader.
/sr-latn/ feeds are converted to Latin by languages.middleware, like the HTML pages.
"""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from addresses.absolute import absolute, page_url
from languages.localization import attach_localized
from languages.versions import bcp47

FEED_LENGTH = 50


class ProgrammeFeed(Feed):
    """The newest programmes first: a feed reader's question is "what is new?"."""

    description_template = "programmes/feeds/programme_description.html"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.language = bcp47(translation.get_language())
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(section)s · %(site)s") % {
            "section": self.index_page.title,
            "site": pgettext("site name", "Mikser Showcase"),
        }

    def subtitle(self):
        return self.description()

    def description(self):
        return self.index_page.intro or _(
            "Mobility and exchange programmes: residencies, exchanges, workshops, fellowships "
            "and mentorships."
        )

    # Absolute already, so Django's own domain (the request's host and scheme) is never added.
    def link(self):
        return page_url(self.index_page, self.request)

    def feed_url(self):
        return absolute(self.request.path, self.request)

    def items(self):
        programmes = list(
            self.index_page.programmes()
            .order_by("-first_published_at", "-pk")
            .prefetch_related("locations", "disciplines")[:FEED_LENGTH]
        )
        attach_localized(programmes, "disciplines", "discipline_terms")
        return programmes

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return page_url(item, self.request)

    def item_guid(self, item):
        # Stable through slug changes and the same in every language version's feed.
        return f"urn:uuid:{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.get_kind_display())] + [term.name for term in item.discipline_terms]


class ProgrammeAtomFeed(ProgrammeFeed):
    feed_type = Atom1Feed

"""Programmes built for a test: published, draft or private, with the dates the test needs."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils.text import slugify
from wagtail.models import PageViewRestriction

from programmes.models import ProgrammeIndexPage, ProgrammeLocation, ProgrammePage

BELGRADE = ZoneInfo("Europe/Belgrade")
CYRILLIC = set("абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ")


def has_cyrillic(text):
    return bool(CYRILLIC & set(text))


def main_content(html):
    """The page's <main>: the header's language switcher names "Српски" in Cyrillic on purpose."""
    return html[html.index("<main") : html.index("</main>")]


@pytest.fixture
def programme_index(demo):
    return ProgrammeIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def make_programme(programme_index):
    """Create a programme under the English index. `state` is "live", "draft" or "private"."""

    def make(title="Test Residency", state="live", **fields):
        values = {
            "kind": "residency",
            "summary": "A residency made for a test.",
            "time_zone": "Europe/Belgrade",
            "applications_open_at": datetime(2026, 3, 1, 9, 0, tzinfo=BELGRADE),
            "application_deadline": datetime(2026, 3, 31, 23, 59, tzinfo=BELGRADE),
            "starts_on": date(2026, 6, 1),
            "ends_on": date(2026, 6, 30),
            **fields,
        }
        slug = values.pop("slug", slugify(title))
        page = ProgrammePage(title=title, slug=slug, live=state != "draft", **values)
        page.locations = [ProgrammeLocation(city="Niš", country="RS")]
        programme_index.add_child(instance=page)
        revision = page.save_revision()
        if state != "draft":
            revision.publish()
        if state == "private":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
            )
        return ProgrammePage.objects.get(pk=page.pk)

    return make

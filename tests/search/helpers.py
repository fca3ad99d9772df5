"""Small builders for search tests: pages with a known word, searches by language."""

import uuid
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from programmes.models import ProgrammeIndexPage, ProgrammePage
from search.service import search_site
from showcase.models import DesignerIndexPage, DesignerPage
from tests.search.conftest import refresh_index


def locale(language):
    return Locale.objects.get(language_code="sr" if language.startswith("sr") else language)


def search(query, language="en", **selected):
    """The search outcome as a visitor of `language` gets it (first page)."""
    selected = {facet: set(values) for facet, values in selected.items()}
    refresh_index()
    return search_site(query, locale(language), selected, 1)


def titles(outcome):
    return [result.page.title for result in outcome.results]


def add_designer(title, bio="", language="en", publish=True, parent=None):
    parent = parent or DesignerIndexPage.objects.get(locale__language_code=language)
    page = DesignerPage(
        title=title,
        slug=f"test-{uuid.uuid4().hex[:8]}",
        short_bio=bio or "A designer made by a test.",
        city="Niš",
        country="RS",
        live=publish,
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    refresh_index()
    return page


def add_programme(title, summary, status, language="en"):
    now = timezone.now()
    opens, deadline = {
        "open": (now - timedelta(days=10), now + timedelta(days=40)),
        "closed": (now - timedelta(days=90), now - timedelta(days=20)),
    }[status]
    parent = ProgrammeIndexPage.objects.get(locale__language_code=language)
    page = ProgrammePage(
        title=title,
        slug=f"test-{uuid.uuid4().hex[:8]}",
        kind="residency",
        summary=summary,
        applications_open_at=opens,
        application_deadline=deadline,
        starts_on=(deadline + timedelta(days=30)).date(),
        ends_on=(deadline + timedelta(days=60)).date(),
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    refresh_index()
    return page

"""Previews never read from or write to the page cache or the derived cache (issue #11).

Wagtail renders an unsaved edit, a saved draft (`view_draft`), a revision and a workflow task's
preview through a dummy request on the page's public path and the Site record's own hostname, so
a shared fragment key would carry a curator's edit to every visitor, and a visitor's fragment
would hide the edit from the curator. Each test is done as a member of Curators (may edit, may
not publish) or Editors for the sections curators cannot edit, and visitors ask for the Site's
hostname, as in production.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory
from django.urls import reverse
from wagtail.models import Page, Site, Workflow

from caching import derived_cache, page_cache
from home.models import HomePage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import DesignerIndexPage, DesignerPage, ProjectIndexPage, ProjectPage
from tests.conftest import url_in

MARKER = "MARKER-unsaved-edit-7f3c"
POISON = "POISONED-FRAGMENT-9b1e"

# Each page type, the group that may edit it, and every fragment its template keeps.
PAGES = {
    "home": (HomePage, "Editors"),  # site-header, site-footer, home-hero, home-sections, cards
    "designers": (DesignerIndexPage, "Curators"),  # listing-cards, filter-form, designer-card
    "designer": (DesignerPage, "Curators"),  # page-body, json-ld, project-card
    "projects": (ProjectIndexPage, "Curators"),  # listing-cards, filter-form, project-card
    "project": (ProjectPage, "Curators"),  # page-body, json-ld, designer-card
    "programmes": (ProgrammeIndexPage, "Editors"),  # listing-cards, filter-form
    "programme": (ProgrammePage, "Editors"),  # page-body (per status period), json-ld
}
# A text field each detail page shows inside its page-body fragment and its JSON-LD.
EDITED_FIELD = {"designer": "short_bio", "project": "summary", "programme": "summary"}


def reviewer(group):
    user = get_user_model().objects.create_user(f"{group.lower()}-preview", password="x" * 16)
    user.groups.add(Group.objects.get(name=group))
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def site_host():
    site = Site.objects.get(is_default_site=True)
    return site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"


def visitor_get(page):
    """An anonymous visitor's GET on the Site's own hostname (the preview's host)."""
    response = Client(HTTP_HOST=site_host()).get(url_in(page, "en"))
    assert response.status_code == 200
    return response.content.decode()


def live_page(kind):
    model, _group = PAGES[kind]
    return model.objects.live().filter(locale__language_code="en").order_by("pk").first()


def preview_unsaved(page, user, **changes):
    """What the editor's preview panel shows for an edit that was never saved.

    The admin's preview view validates the edit form, applies it to the page in memory and calls
    `make_preview_request` with the editor's request (its cookies travel to the dummy request);
    this does the same with the edit applied directly.
    """
    for field, value in changes.items():
        setattr(page, field, value)
    cookies = logged_in(user).cookies
    original = RequestFactory().get(
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        HTTP_COOKIE="; ".join(f"{name}={morsel.value}" for name, morsel in cookies.items()),
    )
    original.user = user
    response = page.make_preview_request(original, page.default_preview_mode)
    assert response.status_code == 200
    return response.content.decode()


def saved_draft(page, user, **changes):
    for field, value in changes.items():
        setattr(page, field, value)
    return page.save_revision(user=user)


def admin_get(user, url):
    response = logged_in(user).get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def view_draft(page, user):
    return admin_get(user, reverse("wagtailadmin_pages:view_draft", args=[page.pk]))


def view_revision(page, user, revision):
    return admin_get(
        user, reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    )


def compare_revisions(page, user, revision):
    return admin_get(
        user,
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision.pk]),
    )


def workflow_preview(page, user):
    workflow = Workflow.objects.get(name="Portfolio review")
    state = workflow.start(page, user)
    task = state.current_task_state.task
    return admin_get(user, reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]))


def keys(cache):
    """The page cache's and derived cache's keys (Wagtail's renditions share the cache)."""
    found = [key.split(":", 2)[2] for key in list(cache._cache)]  # locmem's ":1:<key>"
    return [key for key in found if key.startswith(("derived:", "page-cache:"))]


def stored(cache):
    """The shared cache's pages and fragments (local memory in tests), the workers' memories."""
    shared = {key: cache.get(key) for key in keys(cache)}
    return shared, dict(derived_cache.local._values), dict(page_cache.local_pages._values)


def poison_fragments(cache):
    """Replace every cached HTML fragment so that reading any of them shows in the page."""
    for key in keys(cache):
        if key.startswith("derived:") and isinstance(cache.get(key), str):
            cache.set(key, POISON, 3600)
    derived_cache.local.clear()
    page_cache.local_pages.clear()


@pytest.fixture
def caches_on(page_cache_on):
    derived_cache.local.clear()
    page_cache.local_pages.clear()
    yield page_cache_on
    derived_cache.local.clear()
    page_cache.local_pages.clear()


@pytest.mark.parametrize("kind", sorted(EDITED_FIELD))
def test_an_unsaved_preview_never_reaches_visitors(demo, caches_on, kind):
    page = live_page(kind)
    user = reviewer(PAGES[kind][1])
    preview = preview_unsaved(page, user, **{EDITED_FIELD[kind]: MARKER})
    assert MARKER in preview

    body = visitor_get(Page.objects.get(pk=page.pk))
    assert MARKER not in body
    assert MARKER not in visitor_get(Page.objects.get(pk=page.pk))  # the page cache's copy
    assert getattr(type(page).objects.get(pk=page.pk), EDITED_FIELD[kind]) != MARKER


@pytest.mark.parametrize("kind", sorted(EDITED_FIELD))
def test_a_preview_shows_the_edit_after_visitors_filled_the_caches(demo, caches_on, kind):
    page = live_page(kind)
    visitor_get(page), visitor_get(page)
    user = reviewer(PAGES[kind][1])

    preview = preview_unsaved(page, user, **{EDITED_FIELD[kind]: MARKER})
    head, _, _ = preview.partition("</head>")
    assert MARKER in head  # the JSON-LD
    assert MARKER in preview.partition("<main")[2]  # the page body


def test_view_draft_shows_the_draft_and_visitors_the_live_page(demo, caches_on):
    page = live_page("designer")
    user = reviewer("Curators")
    visitor_get(page)
    saved_draft(page, user, short_bio=MARKER)

    assert MARKER in view_draft(page, user)
    assert MARKER not in visitor_get(Page.objects.get(pk=page.pk))


@pytest.mark.parametrize("kind", sorted(PAGES))
@pytest.mark.parametrize("preview", ["unsaved", "draft", "revision", "compare"])
def test_previews_neither_read_nor_fill_any_fragment(demo, caches_on, kind, preview):
    page = live_page(kind)
    user = reviewer(PAGES[kind][1])
    visitor_get(page)
    poison_fragments(caches_on)
    before = stored(caches_on)
    assert POISON in str(before[0])  # the page's fragments were cached and are poisoned

    if preview == "unsaved":
        html = preview_unsaved(page, user, title=f"{page.title} (edited)")
    else:
        revision = saved_draft(page, user, title=f"{page.title} (edited)")
        if preview == "draft":
            html = view_draft(page, user)
        elif preview == "revision":
            html = view_revision(page, user, revision)
        else:
            html = compare_revisions(page, user, revision)

    assert POISON not in html
    after = stored(caches_on)
    assert after[0] == before[0]
    assert after[1:] == ({}, {})


def test_a_workflow_preview_neither_reads_nor_fills_any_fragment(demo, caches_on):
    page = live_page("designer")
    user = reviewer("Curators")
    visitor_get(page)
    poison_fragments(caches_on)
    before = stored(caches_on)
    saved_draft(page, user, short_bio=MARKER)

    html = workflow_preview(page, user)

    assert MARKER in html
    assert POISON not in html
    assert stored(caches_on)[0] == before[0]
    assert MARKER not in visitor_get(Page.objects.get(pk=page.pk))

"""Anonymous page views come from the page cache, and no visitor sees a page older than the last
change to published content (caching/page_cache.py, caching/invalidation.py)."""

import pytest
from django.test import Client

from caching.page_cache import CACHE_HEADER
from languages.transliteration import to_latin
from showcase.models import DesignerIndexPage, DesignerPage, Discipline
from tests.conftest import url_in


def designer(language="en"):
    return DesignerPage.objects.live().filter(locale__language_code=language).order_by("pk").first()


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def assert_served_from_cache(client, url):
    """View `url` twice and confirm the second view was a hit, so a later miss proves a purge."""
    fetch(client, url)
    assert fetch(Client(), url)[CACHE_HEADER] == "hit"


def publish(page, django_capture_on_commit_callbacks, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_second_anonymous_view_is_served_from_the_cache(client, demo, page_cache_on):
    url = url_in(designer(), "en")
    first = fetch(client, url)
    assert first[CACHE_HEADER] == "miss"
    second = fetch(Client(), url)
    assert second[CACHE_HEADER] == "hit"
    assert second.content == first.content


def test_publishing_shows_the_new_content_on_the_next_view(
    client, demo, page_cache_on, django_capture_on_commit_callbacks
):
    page = designer()
    url = url_in(page, "en")
    listing = url_in(DesignerIndexPage.objects.get(locale__language_code="en"), "en")
    fetch(client, url), fetch(client, listing)
    assert fetch(client, url)[CACHE_HEADER] == "hit"

    publish(page, django_capture_on_commit_callbacks, title="Freshly Published Name")

    for address in (url, listing):
        response = fetch(Client(), address)
        assert response[CACHE_HEADER] == "miss"
    assert "Freshly Published Name" in fetch(Client(), url).content.decode()


def test_unpublished_page_leaves_the_cache(
    client, demo, page_cache_on, django_capture_on_commit_callbacks
):
    page = designer()
    url = url_in(page, "en")
    assert_served_from_cache(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert Client().get(url).status_code == 404


def test_deleted_page_leaves_the_cache(
    client, demo, page_cache_on, django_capture_on_commit_callbacks
):
    page = designer()
    url = url_in(page, "en")
    assert_served_from_cache(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert Client().get(url).status_code == 404


def test_moved_page_leaves_the_cache(
    client, demo, page_cache_on, django_capture_on_commit_callbacks
):
    page = designer()
    url = url_in(page, "en")
    assert_served_from_cache(client, url)
    new_parent = demo  # move() does not check page types: any live parent will do
    with django_capture_on_commit_callbacks(execute=True):
        page.move(new_parent, pos="last-child")
    # Wagtail leaves a redirect at the old address; the cached page is gone.
    moved = Client().get(url)
    assert moved.status_code == 301
    assert moved["Location"] == DesignerPage.objects.get(pk=page.pk).get_url()


def test_publishing_a_translation_refreshes_that_language(
    client, demo, page_cache_on, django_capture_on_commit_callbacks
):
    swedish = designer("sv")
    url = url_in(swedish, "sv")
    assert_served_from_cache(client, url)
    publish(swedish, django_capture_on_commit_callbacks, short_bio="Ny svensk text om formgivaren.")
    response = fetch(Client(), url)
    assert response[CACHE_HEADER] == "miss"
    assert "Ny svensk text om formgivaren." in response.content.decode()


def test_changing_a_snippet_refreshes_the_pages_that_show_it(
    client, demo, page_cache_on, django_capture_on_commit_callbacks
):
    page = (
        DesignerPage.objects.live()
        .filter(locale__language_code="en", disciplines__isnull=False)
        .first()
    )
    url = url_in(page, "en")
    assert_served_from_cache(client, url)
    discipline = Discipline.objects.get(pk=page.disciplines.first().pk)
    discipline.name = "Renamed Discipline"
    with django_capture_on_commit_callbacks(execute=True):
        discipline.save()
    assert "Renamed Discipline" in fetch(Client(), url).content.decode()


def test_saving_a_draft_keeps_the_cache(
    client, demo, page_cache_on, django_capture_on_commit_callbacks
):
    page = designer()
    url = url_in(page, "en")
    fetch(client, url)
    page.title = "A draft title nobody may see"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()
    response = fetch(Client(), url)
    assert response[CACHE_HEADER] == "hit"
    assert "A draft title nobody may see" not in response.content.decode()


def test_logged_in_editors_bypass_the_cache(client, demo, page_cache_on, admin_user):
    url = url_in(designer(), "en")
    fetch(Client(), url), fetch(Client(), url)
    editor = Client()
    editor.force_login(admin_user)
    response = fetch(editor, url)
    assert CACHE_HEADER not in response
    assert "public" not in response.get("Cache-Control", "")
    # …and what an editor is shown is never stored for visitors.
    page_cache_on.clear()
    fetch(editor, url)
    assert fetch(Client(), url)[CACHE_HEADER] == "miss"


def test_language_cookie_is_never_stored_but_still_set(client, demo, page_cache_on):
    url = url_in(designer(), "sv")
    first = fetch(Client(), url)
    assert first.cookies["mikser_language"].value == "sv"
    second = fetch(Client(), url)
    assert second[CACHE_HEADER] == "hit"
    # The cookie comes from LocaleMiddleware, outside the cache, for each new visitor…
    assert second.cookies["mikser_language"].value == "sv"
    # …and not for a visitor who already has it.
    returning = Client()
    returning.cookies["mikser_language"] = "sv"
    assert "mikser_language" not in fetch(returning, url).cookies


def test_pages_with_a_form_are_never_cached(client, demo, page_cache_on):
    from showcase.models import PortfolioSubmissionPage

    submission_page = (
        PortfolioSubmissionPage.objects.live().filter(locale__language_code="en").first()
    )
    if submission_page is None:
        pytest.fail("the demo site should have a portfolio submission page")
    url = url_in(submission_page, "en")
    for _ in range(2):
        response = fetch(Client(), url)
        assert CACHE_HEADER not in response
        assert "csrftoken" in response.cookies


def test_serbian_cyrillic_and_latin_are_cached_separately(client, demo, page_cache_on):
    page = designer("sr")
    cyrillic_url, latin_url = url_in(page, "sr"), url_in(page, "sr-latn")
    cyrillic = fetch(Client(), cyrillic_url)
    latin = fetch(Client(), latin_url)
    assert latin[CACHE_HEADER] == "miss"
    assert fetch(Client(), latin_url)[CACHE_HEADER] == "hit"
    assert fetch(Client(), cyrillic_url)[CACHE_HEADER] == "hit"
    assert page.title in cyrillic.content.decode()
    assert to_latin(page.title) in latin.content.decode()
    assert page.title not in latin.content.decode()


def test_requests_that_are_not_anonymous_page_views_are_not_cached(client, demo, page_cache_on):
    url = url_in(designer(), "en")
    with_session = Client()
    with_session.cookies["sessionid"] = "anything"
    for _ in range(2):
        assert CACHE_HEADER not in fetch(with_session, url)
    assert CACHE_HEADER not in client.get("/", HTTP_ACCEPT_LANGUAGE="sv")
    for _ in range(2):
        assert CACHE_HEADER not in client.get("/healthz/")
        assert CACHE_HEADER not in client.get("/en/search/?q=design")
    assert Client().post(url).status_code in (200, 405)
    assert CACHE_HEADER not in Client().post(url)


def test_query_strings_are_cached_separately(client, demo, page_cache_on):
    listing = url_in(DesignerIndexPage.objects.get(locale__language_code="en"), "en")
    everyone = fetch(Client(), listing)
    swedes = fetch(Client(), listing + "?country=SE")
    assert swedes[CACHE_HEADER] == "miss"
    assert swedes.content != everyone.content
    assert fetch(Client(), listing + "?country=SE").content == swedes.content

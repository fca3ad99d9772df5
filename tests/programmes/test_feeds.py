"""RSS and Atom feeds of programmes, per language version, read with a real feed parser."""

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from languages.transliteration import to_latin
from programmes.models import ProgrammeIndexPage, ProgrammePage
from tests.conftest import LANGUAGE_VERSIONS, url_in
from tests.programmes.conftest import has_cyrillic

FEEDS = {"rss": ("rss20", "application/rss+xml"), "atom": ("atom10", "application/atom+xml")}


def fetch_feed(client, index, language, kind):
    response = client.get(url_in(index, language) + f"feeds/{kind}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(FEEDS[kind][1])
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == FEEDS[kind][0]
    return feed


def live_programmes(language):
    content = "sr" if language.startswith("sr") else language
    return (
        ProgrammePage.objects.live()
        .public()
        .filter(locale=Locale.objects.get(language_code=content))
    )


@pytest.mark.parametrize("kind", FEEDS)
@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_feed_lists_the_language_versions_programmes(client, programme_index, language, kind):
    feed = fetch_feed(client, programme_index, language, kind)
    programmes = live_programmes(language)
    expected_titles = {p.title for p in programmes}
    if language == "sr-latn":
        expected_titles = {to_latin(title) for title in expected_titles}
    assert {entry.title for entry in feed.entries} == expected_titles
    prefix = f"http://testserver/{language}/"
    assert feed.feed.link.startswith(prefix)
    assert all(entry.link.startswith(prefix) for entry in feed.entries)
    # Every entry links to a page that answers.
    for entry in feed.entries:
        assert client.get(entry.link.removeprefix("http://testserver")).status_code == 200
    assert feed.feed.language.lower().startswith(language[:2])
    assert all(entry.published_parsed and entry.summary for entry in feed.entries)


@pytest.mark.parametrize("kind", FEEDS)
def test_serbian_latin_feed_is_the_latin_of_the_cyrillic_feed(client, programme_index, kind):
    cyrillic = fetch_feed(client, programme_index, "sr", kind)
    latin_response = client.get(url_in(programme_index, "sr-latn") + f"feeds/{kind}/")
    assert not has_cyrillic(latin_response.content.decode())
    latin = feedparser.parse(latin_response.content)
    assert has_cyrillic(cyrillic.entries[0].title)
    assert [e.title for e in latin.entries] == [to_latin(e.title) for e in cyrillic.entries]
    assert [e.summary for e in latin.entries] == [to_latin(e.summary) for e in cyrillic.entries]


@pytest.mark.parametrize("kind", FEEDS)
def test_drafts_and_private_programmes_never_appear_in_feeds(
    client, make_programme, programme_index, kind
):
    make_programme(title="Secret Draft Residency", state="draft")
    make_programme(title="Password Protected Residency", state="private")
    published = make_programme(title="Published Residency")
    # A live programme's unpublished changes stay unpublished.
    published.title = "Unpublished New Title"
    published.save_revision()

    titles = {entry.title for entry in fetch_feed(client, programme_index, "en", kind).entries}
    assert "Published Residency" in titles
    assert not titles & {
        "Secret Draft Residency",
        "Password Protected Residency",
        "Unpublished New Title",
    }


def test_unpublishing_a_programme_removes_it_from_the_feed(client, programme_index):
    programme = live_programmes("en").first()
    assert programme.title in {
        e.title for e in fetch_feed(client, programme_index, "en", "rss").entries
    }
    programme.unpublish()
    assert programme.title not in {
        e.title for e in fetch_feed(client, programme_index, "en", "rss").entries
    }


def test_feed_entries_state_the_deadline_in_the_programmes_zone(
    client, make_programme, programme_index
):
    make_programme(title="Zoned Residency")  # deadline 31 March 2026, 23:59 Belgrade
    entry = next(
        e
        for e in fetch_feed(client, programme_index, "en", "atom").entries
        if e.title == "Zoned Residency"
    )
    assert "March 31, 2026, 11:59 p.m. CEST" in entry.summary
    assert entry.id.startswith("urn:uuid:")


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_programme_index_links_to_its_feeds(client, programme_index, language):
    index = programme_index.get_translation(
        Locale.objects.get(language_code="sr" if language.startswith("sr") else language)
    )
    assert isinstance(index, ProgrammeIndexPage)
    html = client.get(url_in(index, language)).content.decode()
    for kind, (_version, content_type) in FEEDS.items():
        href = url_in(index, language) + f"feeds/{kind}/"
        assert f'<link rel="alternate" type="{content_type}"' in html
        assert f'href="{href}"' in html


def test_feed_query_count_does_not_grow_with_the_programmes(
    client, programme_index, make_programme, django_assert_max_num_queries
):
    url = url_in(programme_index, "en") + "feeds/rss/"
    client.get(url)  # warm the per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for n in range(5):
        make_programme(title=f"Extra Residency {n}")
    with django_assert_max_num_queries(len(before.captured_queries)):
        client.get(url)

"""The header, switcher, filter choices, totals and listing ids cached until the next publish
(caching/derived_cache.py) never show a visitor anything older than the last change."""

import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from showcase.models import DesignerIndexPage, DesignerPage
from tests.conftest import url_in


def designers_index(language="en"):
    return DesignerIndexPage.objects.get(locale__language_code=language)


def get(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response


def publish_new_designer(django_capture_on_commit_callbacks, title, country):
    page = DesignerPage(
        title=title,
        slug=f"test-{uuid.uuid4().hex[:8]}",
        short_bio="A designer made by a test.",
        city="Reykjavík",
        country=country,
    )
    with django_capture_on_commit_callbacks(execute=True):
        designers_index().add_child(instance=page)
        page.save_revision().publish()
    return page


def test_listing_total_choices_and_items_follow_a_publish(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    url = url_in(designers_index(), "en")
    before = get(url)
    assert before.context["items"].paginator.count == 14
    assert "IS" not in dict(before.context["filter_form"].fields["country"].choices)

    page = publish_new_designer(django_capture_on_commit_callbacks, "Aaron Aaberg", "IS")

    after = get(url)
    assert "Aaron Aaberg" in after.content.decode()  # the cached cards are retired too
    assert after.context["items"].paginator.count == 15
    assert "IS" in dict(after.context["filter_form"].fields["country"].choices)
    assert page.pk in [item.pk for item in after.context["items"]]  # first by name
    filtered = get(f"{url}?country=IS")
    assert [item.pk for item in filtered.context["items"]] == [page.pk]


def test_unpublishing_removes_the_page_from_cached_listings(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    page = publish_new_designer(django_capture_on_commit_callbacks, "Aaron Aaberg", "IS")
    url = url_in(designers_index(), "en")
    assert page.pk in [item.pk for item in get(url).context["items"]]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    response = get(url)
    assert page.pk not in [item.pk for item in response.context["items"]]
    assert response.context["items"].paginator.count == 14
    assert "Aaron Aaberg" not in response.content.decode()


def test_menu_and_switcher_follow_a_renamed_section(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    index = designers_index()
    home_url = url_in(demo, "en")
    assert "Designers" in get(home_url).content.decode()

    index.title = "Young designers"
    with django_capture_on_commit_callbacks(execute=True):
        index.save_revision().publish()

    html = get(home_url).content.decode()
    assert '">Young designers</a>' in html


def assert_one_query_when_warm_and_identical(url, settings):
    """A warm page reads its own row and nothing else, and its HTML is byte for byte the HTML
    rendered without the derived cache."""
    get(url)  # fills the cache
    with CaptureQueriesContext(connection) as cached:
        warm = get(url)
    settings.DERIVED_CACHE_SECONDS = 0
    with CaptureQueriesContext(connection) as uncached:
        cold = get(url)
    assert len(cached) == 1, [q["sql"][:80] for q in cached.captured_queries]
    assert len(uncached) > 3
    assert warm.content == cold.content


def index_pages():
    from programmes.models import ProgrammeIndexPage
    from showcase.models import ProjectIndexPage

    return [designers_index(), ProjectIndexPage.objects.get(locale__language_code="en"),
            ProgrammeIndexPage.objects.get(locale__language_code="en")]  # fmt: skip


@pytest.mark.parametrize("index", [0, 1, 2])
@pytest.mark.parametrize(
    "query",
    ["", "?page=2", "?country=RS", "?discipline=nope", "?country=XX&collaboration=whatever",
     "?country=RS&collaboration=on&mobility=yes"],
)  # fmt: skip
def test_cached_listings_read_only_their_page_and_stay_identical(
    demo, derived_cache_on, settings, index, query
):
    """With everything a listing shows kept (totals, choices, ids, the cards as one fragment),
    a warm listing reads its own page row and nothing else, and its HTML is byte for byte the
    HTML rendered without the cache."""
    url = url_in(index_pages()[index], "en") + query
    assert_one_query_when_warm_and_identical(url, settings)


def detail_pages(demo):
    from programmes.models import ProgrammePage
    from showcase.models import ProjectPage

    def first(model):
        return model.objects.live().filter(locale__language_code="en").order_by("title")[0]

    return {"home": demo, "designer": first(DesignerPage), "project": first(ProjectPage),
            "programme": first(ProgrammePage)}  # fmt: skip


@pytest.mark.parametrize("kind", ["home", "designer", "project", "programme"])
@pytest.mark.parametrize("language", ["en", "sr-latn"])
def test_cached_pages_read_only_their_page_and_stay_identical(
    demo, derived_cache_on, settings, kind, language
):
    """Header, footer, body and JSON-LD kept as fragments: a warm page reads its own row and
    nothing else, and its HTML is byte for byte the HTML rendered without the cache (the
    current section marked in the menu, this page's language links)."""
    url = url_in(detail_pages(demo)[kind], language)
    assert_one_query_when_warm_and_identical(url, settings)


def test_the_search_page_keeps_its_chrome_and_stays_identical(demo, derived_cache_on, settings):
    url = url_in(demo, "en") + "search/?q=Belgrade"
    get(url)
    warm = get(url)
    settings.DERIVED_CACHE_SECONDS = 0
    assert warm.content == get(url).content


def test_cached_routes_serve_pages_subroutes_and_follow_unpublishing(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    from programmes.models import ProgrammeIndexPage

    programmes = ProgrammeIndexPage.objects.get(locale__language_code="en")
    feed = url_in(programmes, "en") + "feeds/rss/"
    for _ in range(2):  # a miss, then the cached route
        response = Client().get(feed)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/rss+xml")

    page = publish_new_designer(django_capture_on_commit_callbacks, "Aaron Aaberg", "IS")
    url = url_in(page, "en")
    assert "Aaron Aaberg" in get(url).content.decode()
    assert "Aaron Aaberg" in get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert Client().get(url).status_code == 404


def test_addresses_that_lead_nowhere_are_not_stored(demo, derived_cache_on):
    assert Client().get("/en/no-such-page/").status_code == 404  # stores the 404's header
    keys = len(derived_cache_on._cache)
    for number in range(5):
        assert Client().get(f"/en/no-such-page-{number}/").status_code == 404
    assert len(derived_cache_on._cache) == keys


def test_a_cached_route_saves_the_tree_walk(demo, derived_cache_on, settings):
    from showcase.models import ProjectPage

    url = url_in(ProjectPage.objects.live().filter(locale__language_code="en").first(), "en")
    get(url)
    with CaptureQueriesContext(connection) as warm:
        get(url)
    settings.DERIVED_CACHE_SECONDS = 0
    with CaptureQueriesContext(connection) as cold:
        get(url)
    walk = [q for q in cold.captured_queries if '"wagtailcore_page"."slug" =' in q["sql"]]
    assert walk  # Wagtail looks each path segment up by slug...
    assert not [q for q in warm.captured_queries if '"wagtailcore_page"."slug" =' in q["sql"]]
    assert len(warm) < len(cold)


def test_cards_follow_a_publish_and_keep_their_variants(
    demo, derived_cache_on, django_capture_on_commit_callbacks
):
    featured = DesignerPage.objects.live().filter(locale__language_code="en", featured=True)
    page = featured.order_by("title").first()
    listing = url_in(designers_index(), "en")
    home = url_in(demo, "en")
    listing_card = get(f"{listing}?country={page.country.code}").content.decode()
    home_html = get(home).content.decode()
    assert page.title in listing_card and page.title in home_html
    # The listing's cards name the disciplines, the home page's cards do not: two fragments.
    assert 'class="tag"' in listing_card
    assert home_html.count("card--designer") == 4

    page.title = "Renamed Featured Designer"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert "Renamed Featured Designer" in get(home).content.decode()
    assert (
        "Renamed Featured Designer"
        in get(f"{listing}?country={page.country.code}").content.decode()
    )


def test_worker_memory_is_bounded_and_expires():
    from caching.local_cache import MISSING, LocalCache

    now = [1000.0]
    local = LocalCache(max_entries=2, clock=lambda: now[0])
    local.set("a", 1, timeout=60)
    local.set("b", 2, timeout=60)
    assert local.get("a") == 1  # "a" is now the most recently used
    local.set("c", 3, timeout=60)
    assert local.get("b") is MISSING and local.get("a") == 1 and len(local) == 2
    now[0] += 61
    assert local.get("a") is MISSING


def test_filter_forms_are_kept_only_for_values_from_their_choices(demo, derived_cache_on):
    """A made-up value is shown back with its message on every request and never becomes a
    cache key; valid values share one kept form."""
    from caching.derived_cache import local

    url = url_in(designers_index(), "en")
    get(f"{url}?country=WW")  # keeps the unfiltered listing's facts (the value is ignored)
    get(f"{url}?collaboration=on")  # and those of the collaboration filter, and its form
    kept = len(local)
    for made_up in ("XX", "YY", "ZZ"):
        html = get(f"{url}?country={made_up}").content.decode()
        assert "is not one of the choices" in html
    # Any word ticks a box, and the box looks the same: the form kept for "on" is reused.
    assert "checked" in get(f"{url}?collaboration=whatever").content.decode()
    assert len(local) == kept
    get(f"{url}?country=RS")
    assert len(local) > kept

"""One origin in every absolute URL, bounded page-cache keys, rate limits the cache cannot evict.

Issue #11: any port on an allowed host was echoed into canonical links, the sitemap, robots.txt,
feeds and iCalendar UIDs; every `?utm_…` variant and every made-up parameter was a page-cache
entry of its own; and pages filling the cache could evict the submission form's rate-limit
counters. (home/origin.py, caching/page_cache.py, config/settings/base.py.)
"""

import pytest
from django.core.cache import caches
from django.test import Client

from caching.page_cache import CACHE_HEADER
from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import DesignerIndexPage
from tests.conftest import url_in
from tests.submissions.conftest import form_data

ODD_PORT = "localhost:8443"


@pytest.fixture
def origin(settings):
    settings.SITE_ORIGIN = "http://localhost"
    return settings.SITE_ORIGIN


def get(path, host="localhost"):
    response = Client(HTTP_HOST=host).get(path)
    assert response.status_code == 200, path
    return response


def every_absolute_url_surface(demo):
    programmes = ProgrammeIndexPage.objects.get(locale__language_code="en")
    programme = ProgrammePage.objects.live().filter(locale__language_code="en").first()
    index = url_in(programmes, "en")
    return [
        url_in(demo, "en"),  # canonical and hreflang links
        url_in(programme, "en"),  # JSON-LD
        "/sitemap.xml",
        "/robots.txt",
        f"{index}feeds/rss/",
        f"{index}feeds/open-calls/",
        f"{url_in(programme, 'en')}calendar/",  # iCalendar UID and URL
    ]


def test_a_port_on_the_allowed_host_is_never_echoed(demo, origin):
    for path in every_absolute_url_surface(demo):
        body = get(path, host=ODD_PORT).content.decode()
        assert ":8443" not in body, path
        assert "localhost" in body, path  # the absolute URLs are there, with the origin


def test_pages_of_other_allowed_hosts_keep_their_host(demo, origin):
    body = get(url_in(demo, "en"), host="127.0.0.1:8000").content.decode()
    assert 'rel="canonical" href="http://127.0.0.1:8000/en/' in body


def test_tracking_parameters_share_the_page_and_never_reach_it(demo, origin, page_cache_on):
    url = url_in(DesignerIndexPage.objects.get(locale__language_code="en"), "en")
    assert get(f"{url}?utm_source=newsletter&page=1")[CACHE_HEADER] == "miss"

    again = get(f"{url}?page=1&utm_source=other&fbclid=abc", host=ODD_PORT)
    assert again[CACHE_HEADER] == "hit"
    assert "utm_source" not in again.content.decode()
    assert "fbclid" not in again.content.decode()


def test_made_up_parameters_are_served_but_never_stored(demo, page_cache_on):
    url = url_in(DesignerIndexPage.objects.get(locale__language_code="en"), "en")
    for _visit in range(2):
        response = get(f"{url}?made-up=1")
        assert CACHE_HEADER not in response
    assert get(f"{url}?country=RS")[CACHE_HEADER] == "miss"
    assert get(f"{url}?country=RS")[CACHE_HEADER] == "hit"


def test_the_listings_filters_are_all_cacheable_parameters(demo, settings):
    from listings.pages import ListingPageMixin

    listings = [
        page.specific
        for page in demo.get_children().live().specific()
        if isinstance(page, ListingPageMixin)
    ]
    assert len(listings) == 3
    for listing in listings:
        names = set(listing.filter_form_class.base_fields) | {"page"}
        assert names <= settings.PAGE_CACHE_QUERY_PARAMETERS, type(listing).__name__


def test_a_full_page_cache_never_evicts_the_rate_limits(demo, client, settings):
    from showcase.models import PortfolioSubmissionPage

    settings.SUBMISSION_RATE_PER_EMAIL = "1/d"
    caches["ratelimit"].clear()
    form = url_in(PortfolioSubmissionPage.objects.get(locale__language_code="sv"), "sv")
    assert client.post(form, form_data()).status_code == 302

    pages = caches[settings.PAGE_CACHE_ALIAS]
    for n in range(2000):  # far past local memory's 300 entries: it culls the oldest
        pages.set(f"page-cache:filler-{n}", b"<html></html>", 300)

    assert client.post(form, form_data()).status_code == 429

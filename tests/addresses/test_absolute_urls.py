"""Every absolute URL the site emits names one origin (issue #13, addresses/absolute.py).

The demo's Wagtail `Site` record says `localhost:80`, as a fresh install does; the requests here
come for another host. Before addresses.absolute, the iCalendar `URL:`, the JSON-LD `url`, the
API's `html_url`/`detail_url` and the e-mails named the Site record's host (or
WAGTAILADMIN_BASE_URL) while the canonical link named the real one.
"""

import json
import re
import uuid
from types import SimpleNamespace

import feedparser
import pytest
from django.test import Client
from icalendar import Calendar

from programmes.models import ProgrammeIndexPage, ProgrammePage
from showcase.models import DesignerPage, ProjectPage
from showcase.submissions.emails import status_url
from tests.conftest import url_in

ORIGIN = "https://mikser.example"
HOST = "mikser.example"


@pytest.fixture
def real_origin(settings, demo):
    settings.SITE_ORIGIN = ORIGIN
    settings.ALLOWED_HOSTS = [HOST, "testserver"]
    return Client(HTTP_HOST=HOST)


def absolute_urls(text):
    return re.findall(r"https?://[^\s\"'<>\\]+", text)


SITE_HOSTS = re.compile(r"^https?://(localhost|testserver|127\.0\.0\.1|mikser\.example)\b")


def assert_on_origin(urls, what):
    """Every URL of the site (not of an organisation it links to) is on the origin."""
    ours = [url for url in urls if SITE_HOSTS.match(url)]
    assert ours, f"{what}: no absolute URL of the site found"
    for url in ours:
        assert url.startswith(ORIGIN + "/"), f"{what}: {url}"


def en_programme():
    return ProgrammePage.objects.live().public().filter(locale__language_code="en").first()


def test_ics_url_is_on_the_origin(real_origin):
    body = real_origin.get(f"{url_in(en_programme(), 'en')}calendar/").content
    events = Calendar.from_ical(body).walk("VEVENT")
    assert events
    for event in events:
        assert str(event["URL"]).startswith(f"{ORIGIN}/en/"), event["URL"]


def test_ics_url_follows_the_request_host_without_a_configured_origin(demo, settings):
    settings.SITE_ORIGIN = ""
    body = Client().get(f"{url_in(en_programme(), 'en')}calendar/").content
    for event in Calendar.from_ical(body).walk("VEVENT"):
        assert str(event["URL"]).startswith("http://testserver/en/"), event["URL"]


def test_open_calls_calendar_is_on_the_origin(real_origin):
    index = ProgrammeIndexPage.objects.get(locale__language_code="sv")
    body = real_origin.get(f"{url_in(index, 'sv')}feeds/open-calls/").content
    events = Calendar.from_ical(body).walk("VEVENT")
    assert events
    assert_on_origin([str(e["URL"]) for e in events], "open calls")


@pytest.mark.parametrize("model", [ProgrammePage, DesignerPage, ProjectPage])
def test_json_ld_urls_are_on_the_origin(real_origin, model):
    page = model.objects.live().public().filter(locale__language_code="en").first()
    html = real_origin.get(url_in(page, "en")).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert scripts
    data = json.loads(scripts[0])
    assert data["url"].startswith(f"{ORIGIN}/en/")
    assert_on_origin(absolute_urls(scripts[0]), f"JSON-LD of {model.__name__}")


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_links_are_on_the_origin(real_origin, kind):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    body = real_origin.get(f"{url_in(index, 'en')}feeds/{kind}/").content
    feed = feedparser.parse(body)
    assert not feed.bozo
    links = [feed.feed.link] + [entry.link for entry in feed.entries]
    assert feed.entries
    assert_on_origin(links, f"{kind} feed")
    assert_on_origin(absolute_urls(body.decode()), f"{kind} feed (all)")


def test_sitemap_and_robots_are_on_the_origin(real_origin):
    sitemap = real_origin.get("/sitemap.xml").content.decode()
    assert_on_origin(absolute_urls(sitemap), "sitemap")
    robots = real_origin.get("/robots.txt").content.decode()
    assert_on_origin(absolute_urls(robots), "robots.txt")


def test_api_urls_are_on_the_origin(real_origin):
    listing = real_origin.get("/api/v2/pages/?locale=en&limit=5").json()
    urls = [item["meta"]["html_url"] for item in listing["items"]]
    urls += [item["meta"]["detail_url"] for item in listing["items"]]
    assert_on_origin(urls, "pages API listing")

    page_id = en_programme().pk
    detail = real_origin.get(f"/api/v2/pages/{page_id}/").json()
    urls = [detail["meta"]["html_url"], detail["meta"]["detail_url"]]
    urls += [detail["meta"]["parent"]["meta"]["html_url"]]
    urls += [detail["meta"]["parent"]["meta"]["detail_url"]]
    assert_on_origin(urls, "pages API detail")

    images = real_origin.get("/api/v2/images/?limit=3").json()
    assert_on_origin([i["meta"]["detail_url"] for i in images["items"]], "images API")


def test_canonical_and_alternates_are_on_the_origin(real_origin):
    html = real_origin.get(url_in(en_programme(), "en")).content.decode()
    links = re.findall(r'<link rel="(?:canonical|alternate)"[^>]* href="([^"]+)"', html)
    assert len(links) >= 4
    assert_on_origin(links, "canonical/hreflang")


def test_email_links_are_on_the_origin(settings):
    settings.SITE_ORIGIN = ORIGIN
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"  # the default nobody changed
    url = status_url(SimpleNamespace(language="sv", public_id=uuid.uuid4()))
    assert url.startswith(f"{ORIGIN}/sv/"), url

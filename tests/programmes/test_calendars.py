"""iCalendar files, parsed with the icalendar library and checked for what RFC 5545 requires."""

import re
from datetime import date, datetime

import icalendar
import pytest
from wagtail.models import Locale

from programmes.models import ProgrammePage
from programmes.status import ProgrammeStatus
from tests.conftest import LANGUAGE_VERSIONS, url_in
from tests.programmes.conftest import has_cyrillic


def fetch_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["Content-Disposition"].endswith('.ics"')
    assert_well_formed(response.content)
    return icalendar.Calendar.from_ical(response.content), response.content


def assert_well_formed(raw):
    """What calendar apps rely on: CRLF lines of at most 75 octets, the required properties,
    and every TZID defined by a VTIMEZONE."""
    lines = raw.split(b"\r\n")
    assert lines[-1] == b""
    assert all(len(line) <= 75 for line in lines), max(lines, key=len)
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert calendar.events
    for event in calendar.events:
        for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert name in event, name
        stamp = event["DTSTAMP"].dt
        assert stamp.utcoffset().total_seconds() == 0 and "TZID" not in event["DTSTAMP"].params
        start = event["DTSTART"]
        if isinstance(start.dt, datetime):
            # A time is either in a defined zone or in UTC, never floating.
            assert start.dt.tzinfo is not None
            tzid = start.params.get("TZID")
            assert tzid in defined if tzid else start.dt.utcoffset().total_seconds() == 0
        else:
            assert start.params.get("VALUE") == "DATE"
            assert isinstance(event["DTEND"].dt, date) and event["DTEND"].dt > start.dt


def deadline_event(calendar, programme):
    return next(e for e in calendar.events if e.start == programme.application_deadline)


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_each_programme_has_a_calendar_in_every_language(client, programme_index, language):
    content = "sr" if language.startswith("sr") else language
    for programme in ProgrammePage.objects.live().filter(locale__language_code=content):
        calendar, raw = fetch_calendar(client, url_in(programme, language) + "calendar/")
        deadline = deadline_event(calendar, programme)
        assert deadline["DTSTART"].params["TZID"] == programme.time_zone
        # The programme's dates as one all-day span (DTEND is exclusive).
        span = next(e for e in calendar.events if e is not deadline)
        assert span.start == programme.starts_on
        assert (span.end - span.start).days == (programme.ends_on - programme.starts_on).days + 1
        assert str(deadline["URL"]).endswith(url_in(programme, language))
        if language == "sr-latn":
            assert not has_cyrillic(raw.decode())
        elif language == "sr":
            assert has_cyrillic(str(span["SUMMARY"]))


def test_an_event_has_the_same_uid_in_every_language(client, programme_index):
    english = ProgrammePage.objects.live().filter(locale__language_code="en").first()
    uids = set()
    for language in LANGUAGE_VERSIONS:
        calendar, _raw = fetch_calendar(client, url_in(english, language) + "calendar/")
        uids.add(frozenset(str(e["UID"]) for e in calendar.events))
    assert len(uids) == 1 and len(next(iter(uids))) == 2


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_open_calls_calendar_holds_exactly_the_open_calls(client, programme_index, language):
    content = Locale.objects.get(language_code="sr" if language.startswith("sr") else language)
    index = programme_index.get_translation(content)
    calendar, _raw = fetch_calendar(client, url_in(index, language) + "feeds/open-calls/")
    programmes = ProgrammePage.objects.live().filter(locale=content)
    open_calls = [
        p for p in programmes if p.status in (ProgrammeStatus.OPEN, ProgrammeStatus.CLOSING_SOON)
    ]
    assert open_calls and len(open_calls) < programmes.count()
    deadlines = sorted(e.start for e in calendar.events if isinstance(e.start, datetime))
    assert deadlines == sorted(p.application_deadline for p in open_calls)
    assert calendar["REFRESH-INTERVAL"]


def test_drafts_have_no_calendar_and_are_not_open_calls(client, make_programme, programme_index):
    draft = make_programme(title="Draft Open Call", state="draft")
    private = make_programme(title="Private Open Call", state="private")
    assert client.get(f"/en/programmes/{draft.slug}/calendar/").status_code == 404
    # A password-protected programme answers with Wagtail's password form, not the calendar.
    restricted = client.get(f"/en/programmes/{private.slug}/calendar/")
    assert not restricted["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" not in restricted.content
    raw = client.get("/en/programmes/feeds/open-calls/").content.decode()
    assert "Draft Open Call" not in raw and "Private Open Call" not in raw


def test_programme_page_links_to_its_calendar(client, programme_index):
    programme = ProgrammePage.objects.live().filter(locale__language_code="sv").first()
    html = client.get(url_in(programme, "sv")).content.decode()
    link = re.search(
        r'<a class="[^"]*\bfacts__calendar\b[^"]*" href="([^"]+)" download="([^"]+)"', html
    )
    assert link and link.group(2).endswith(".ics")
    calendar, _raw = fetch_calendar(client, link.group(1))
    assert deadline_event(calendar, programme)


def test_unknown_feed_routes_are_404(client, programme_index):
    assert client.get("/en/programmes/feeds/").status_code == 404
    assert client.get("/en/programmes/feeds/nope/").status_code == 404
    assert (
        client.get("/en/programmes/gothenburg-maker-residency/calendar/extra/").status_code == 404
    )

"""The status a visitor sees, with the clock frozen around the boundaries (time-machine).

A deadline is an instant in the programme's time zone: "today at 17:00" closes at 17:00, and a
deadline on the night the clocks change means one instant everywhere it is shown.
"""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from programmes.models import ProgrammePage
from programmes.status import (
    ProgrammeStatus,
    order_by_urgency,
    programme_status,
    status_instants,
    status_period,
    status_q,
)
from tests.programmes.conftest import BELGRADE

TODAY_AT_FIVE = datetime(2026, 5, 14, 17, 0, tzinfo=BELGRADE)


def badge(client, programme):
    html = client.get(programme.url).content.decode()
    return next(status for status in ProgrammeStatus if f"status--{status}" in html), html


def listed_with_status(client, programme_index, programme, status):
    html = client.get(programme_index.url, {"status": status}).content.decode()
    return programme.title in html


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (TODAY_AT_FIVE.replace(hour=0, minute=0), ProgrammeStatus.CLOSING_SOON),
        (TODAY_AT_FIVE - timedelta(seconds=1), ProgrammeStatus.CLOSING_SOON),
        (TODAY_AT_FIVE, ProgrammeStatus.CLOSED),
        (TODAY_AT_FIVE + timedelta(minutes=1), ProgrammeStatus.CLOSED),
    ],
)
def test_a_deadline_today_closes_at_the_stated_time(
    client, time_machine, make_programme, programme_index, moment, expected
):
    programme = make_programme(
        title="Workshop Closing At Five",
        applications_open_at=TODAY_AT_FIVE - timedelta(days=30),
        application_deadline=TODAY_AT_FIVE,
        apply_url="https://apply.example/five",
    )
    time_machine.move_to(moment, tick=False)

    status, html = badge(client, programme)
    assert status == expected
    assert ("https://apply.example/five" in html) == (expected != ProgrammeStatus.CLOSED)
    assert listed_with_status(client, programme_index, programme, expected)
    other = (
        ProgrammeStatus.CLOSED
        if expected != ProgrammeStatus.CLOSED
        else ProgrammeStatus.CLOSING_SOON
    )
    assert not listed_with_status(client, programme_index, programme, other)


def test_a_deadline_is_the_same_instant_for_a_visitor_in_another_zone(time_machine, make_programme):
    programme = make_programme(application_deadline=TODAY_AT_FIVE)
    # 17:00 in Belgrade is 11:00 in New York (both on summer time in May).
    new_york = datetime(2026, 5, 14, 10, 59, 59, tzinfo=ZoneInfo("America/New_York"))
    time_machine.move_to(new_york, tick=False)
    assert programme.status == ProgrammeStatus.CLOSING_SOON
    time_machine.move_to(new_york + timedelta(seconds=1), tick=False)
    assert programme.status == ProgrammeStatus.CLOSED


# Europe/Belgrade moves from 02:00 CET to 03:00 CEST on the last Sunday of March.
SPRING_FORWARD_NIGHT_0230 = datetime(2026, 3, 29, 2, 30, tzinfo=BELGRADE)  # a time that never was


def test_a_deadline_in_the_skipped_hour_is_one_instant_on_the_page_and_in_the_calendar(
    client, time_machine, make_programme
):
    programme = make_programme(
        title="Spring Forward Fellowship",
        applications_open_at=datetime(2026, 3, 1, 9, 0, tzinfo=BELGRADE),
        application_deadline=SPRING_FORWARD_NIGHT_0230,
    )
    # 02:30 did not exist that night; with the offset before the gap it is 01:30 UTC, which the
    # clocks in Belgrade showed as 03:30 CEST (RFC 5545 §3.3.5 reads such a time the same way).
    instant = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert programme.application_deadline == instant

    time_machine.move_to(instant - timedelta(seconds=1), tick=False)
    assert badge(client, programme)[0] == ProgrammeStatus.CLOSING_SOON
    time_machine.move_to(instant, tick=False)
    status, html = badge(client, programme)
    assert status == ProgrammeStatus.CLOSED
    assert "March 29, 2026, 3:30 a.m. CEST" in html

    ics = client.get(programme.url + "calendar/").content
    deadline = next(
        event
        for event in icalendar.Calendar.from_ical(ics).events
        if str(event["SUMMARY"]).startswith("Application deadline")
    )
    assert deadline["DTSTART"].params["TZID"] == "Europe/Belgrade"
    assert deadline.start == instant
    assert b"DTSTART;TZID=Europe/Belgrade:20260329T033000" in ics


def test_a_deadline_in_the_repeated_autumn_hour_is_its_first_occurrence(client, make_programme):
    # 02:30 on 25 October 2026 happens twice in Belgrade; without a fold it is the first, CEST.
    programme = make_programme(
        title="Autumn Exchange",
        applications_open_at=datetime(2026, 10, 1, 9, 0, tzinfo=BELGRADE),
        application_deadline=datetime(2026, 10, 25, 2, 30, tzinfo=BELGRADE),
    )
    assert programme.application_deadline == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert "Oct. 25, 2026, 2:30 a.m. CEST" in client.get(programme.url).content.decode()


def test_closing_soon_starts_seven_times_24_hours_before_a_deadline_across_dst(
    client, time_machine, make_programme, programme_index
):
    # The deadline is after the spring change, the start of "closing soon" before it: seven
    # days are 168 elapsed hours, so "closing soon" starts at 22:59 CET, not 23:59.
    deadline = datetime(2026, 3, 31, 23, 59, tzinfo=BELGRADE)
    programme = make_programme(title="Across The Change", application_deadline=deadline)
    starts = datetime(2026, 3, 24, 22, 59, tzinfo=BELGRADE)
    assert deadline - starts == timedelta(days=7, hours=1)  # wall clock, with the lost hour
    assert deadline.astimezone(UTC) - starts.astimezone(UTC) == timedelta(days=7)

    unsaved = ProgrammePage(
        applications_open_at=programme.applications_open_at, application_deadline=deadline
    )
    for moment, expected in [
        (starts - timedelta(seconds=1), ProgrammeStatus.OPEN),
        (starts, ProgrammeStatus.CLOSING_SOON),
    ]:
        time_machine.move_to(moment, tick=False)
        # The page, a page object fresh from a form (its deadline still in Belgrade time) and
        # the database filter behind the listing all agree.
        assert badge(client, programme)[0] == expected
        assert unsaved.status == expected
        assert ProgrammePage.objects.filter(status_q(expected), pk=programme.pk).exists()
        assert listed_with_status(client, programme_index, programme, expected)


def workshop_closing_at_five(make_programme):
    return make_programme(
        title="Workshop Closing At Five",
        applications_open_at=TODAY_AT_FIVE - timedelta(days=30),
        application_deadline=TODAY_AT_FIVE,
    )


def test_the_listing_follows_the_clock_with_the_derived_cache_on(
    client, time_machine, make_programme, programme_index, derived_cache_on
):
    """Listing totals and ids are kept until the next publish (caching/derived_cache.py); the
    programmes listing's status filter and order also change with the clock, so they are kept
    per stretch of time between two of the programmes' dates (programmes/periods.py)."""
    programme = workshop_closing_at_five(make_programme)
    time_machine.move_to(TODAY_AT_FIVE - timedelta(hours=1), tick=False)
    assert listed_with_status(client, programme_index, programme, ProgrammeStatus.CLOSING_SOON)
    assert not listed_with_status(client, programme_index, programme, ProgrammeStatus.CLOSED)

    time_machine.move_to(TODAY_AT_FIVE + timedelta(minutes=1), tick=False)
    assert listed_with_status(client, programme_index, programme, ProgrammeStatus.CLOSED)
    assert not listed_with_status(client, programme_index, programme, ProgrammeStatus.CLOSING_SOON)


def test_status_and_order_are_constant_between_two_status_instants(
    time_machine, make_programme, programme_index
):
    """`status_period` may key the listing only if nothing the clock decides changes while it
    stays the same: check every programme's status and the listing order on both sides of, and
    between, each instant."""
    made = []
    for days in (-40, -8, -3, 2, 5, 9, 20):
        made.append(
            make_programme(
                title=f"Programme {days}",
                applications_open_at=TODAY_AT_FIVE + timedelta(days=days - 30),
                application_deadline=TODAY_AT_FIVE + timedelta(days=days),
            )
        )
    programmes = programme_index.programmes()
    instants = status_instants(
        programmes.values_list("applications_open_at", "application_deadline")
    )
    for programme in made:
        deadline = programme.application_deadline
        assert {programme.applications_open_at, deadline - timedelta(days=7), deadline} <= set(
            instants
        )

    def observed(now):
        statuses = {p.pk: programme_status(p.applications_open_at, p.application_deadline, now)
                    for p in programmes}  # fmt: skip
        order = list(order_by_urgency(programmes, now).values_list("pk", flat=True))
        return statuses, order

    moments = []
    for instant in instants:
        moments += [instant - timedelta(microseconds=1), instant, instant + timedelta(hours=1)]
    seen = {}
    for now in sorted(moments):
        period = status_period(instants, now)
        assert seen.setdefault(period, observed(now)) == observed(now), now
    assert len(seen) == len(instants) + 1


def test_the_home_pages_open_calls_follow_the_clock_with_the_derived_cache_on(
    client, time_machine, make_programme, programme_index, derived_cache_on
):
    """The home page keeps its sections, open calls included, per period between status
    changes (programmes/periods.py): a call leaves at its deadline, another arrives when its
    applications open, with nothing published in between."""
    closing = workshop_closing_at_five(make_programme)
    opening = make_programme(
        title="Residency Opening At Six",
        applications_open_at=TODAY_AT_FIVE + timedelta(hours=1),
        application_deadline=TODAY_AT_FIVE + timedelta(days=60),
    )
    home = programme_index.get_parent()

    def open_calls_on_home():
        html = client.get(home.url).content.decode()
        return html.split('id="open-calls-title"')[1].split("</section>")[0]

    time_machine.move_to(TODAY_AT_FIVE - timedelta(hours=1), tick=False)
    calls = open_calls_on_home()
    assert closing.title in calls and opening.title not in calls
    assert open_calls_on_home() == calls  # now from the cache

    time_machine.move_to(TODAY_AT_FIVE + timedelta(minutes=1), tick=False)
    calls = open_calls_on_home()
    assert closing.title not in calls and opening.title not in calls

    time_machine.move_to(TODAY_AT_FIVE + timedelta(hours=1, minutes=1), tick=False)
    calls = open_calls_on_home()
    assert opening.title in calls

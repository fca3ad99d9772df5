""" "Closes in N days" (issue #13): counted in the programme's own calendar, in the visitor's
language with its plural forms (Serbian has three, Swedish two)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from programmes.status import countdown_stamp, days_left
from programmes.templatetags.programme_time_tags import closes_in

BELGRADE = ZoneInfo("Europe/Belgrade")
DEADLINE = datetime(2026, 3, 31, 23, 59, tzinfo=BELGRADE)


class Call:
    """What `closes_in` reads of a programme."""

    def __init__(self, status="open", deadline=DEADLINE, zone="Europe/Belgrade"):
        self.status = status
        self.application_deadline = deadline
        self.time_zone = zone


def at(day, hour=12, zone=BELGRADE):
    return datetime(2026, 3, day, hour, tzinfo=zone)


def test_days_are_counted_in_the_programmes_calendar():
    assert days_left(DEADLINE, "Europe/Belgrade", at(31, 1)) == 0
    assert days_left(DEADLINE, "Europe/Belgrade", at(30, 23)) == 1
    # 23:30 UTC on the 29th is already the 30th in Belgrade: one day left there.
    late_utc = datetime(2026, 3, 29, 23, 30, tzinfo=ZoneInfo("UTC"))
    assert days_left(DEADLINE, "Europe/Belgrade", late_utc) == 1


@pytest.mark.parametrize(
    ("language", "day", "expected"),
    [
        ("en", 31, "Closes today"),
        ("en", 30, "Closes tomorrow"),
        ("en", 29, "Closes in 2 days"),
        ("sv", 30, "Stänger i morgon"),
        ("sv", 29, "Stänger om 2 dagar"),
        ("sr", 31, "Затвара се данас"),
        ("sr", 29, "Затвара се за 2 дана"),
        ("sr", 26, "Затвара се за 5 дана"),
    ],
)
def test_closes_in_reads_in_each_language(language, day, expected):
    with translation.override(language):
        assert closes_in(Call(), at(day)) == expected


@pytest.mark.parametrize(
    ("days", "serbian", "swedish"),
    [
        (21, "Затвара се за 21 дан", "Stänger om 21 dagar"),
        (22, "Затвара се за 22 дана", "Stänger om 22 dagar"),
        (25, "Затвара се за 25 дана", "Stänger om 25 dagar"),
        (11, "Затвара се за 11 дана", "Stänger om 11 dagar"),
    ],
)
def test_serbian_plural_forms_follow_the_last_digits(days, serbian, swedish):
    deadline = datetime(2026, 5, 1, 23, 59, tzinfo=BELGRADE)
    now = datetime.fromordinal(deadline.date().toordinal() - days).replace(hour=9, tzinfo=BELGRADE)
    with translation.override("sr"):
        assert closes_in(Call(deadline=deadline), now) == serbian
    with translation.override("sv"):
        assert closes_in(Call(deadline=deadline), now) == swedish


@pytest.mark.parametrize("status", ["upcoming", "closed"])
def test_no_countdown_for_a_call_that_is_not_open(status):
    assert closes_in(Call(status=status), at(20)) == ""


def test_the_countdown_key_changes_every_hour():
    assert countdown_stamp(at(20, 10)) != countdown_stamp(at(20, 11))
    assert countdown_stamp(at(20, 10)) == countdown_stamp(at(20, 10).replace(minute=59))

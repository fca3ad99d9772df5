"""Status is derived from the dates, at the exact instants of the boundaries."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from programmes.models import ProgrammePage
from programmes.status import ProgrammeStatus, programme_status, status_q

BELGRADE = ZoneInfo("Europe/Belgrade")
OPENS = datetime(2026, 3, 1, 9, 0, tzinfo=BELGRADE)
DEADLINE = datetime(2026, 3, 31, 23, 59, tzinfo=BELGRADE)  # the night DST starts in Serbia: 29th


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (OPENS - timedelta(seconds=1), ProgrammeStatus.UPCOMING),
        (OPENS, ProgrammeStatus.OPEN),
        # Seven days are 168 elapsed hours (DST starts in between): count back in UTC.
        (DEADLINE.astimezone(UTC) - timedelta(days=7, seconds=1), ProgrammeStatus.OPEN),
        (DEADLINE.astimezone(UTC) - timedelta(days=7), ProgrammeStatus.CLOSING_SOON),
        (DEADLINE - timedelta(seconds=1), ProgrammeStatus.CLOSING_SOON),
        (DEADLINE, ProgrammeStatus.CLOSED),
        (DEADLINE + timedelta(days=365), ProgrammeStatus.CLOSED),
    ],
)
def test_status_at_the_boundaries(now, expected):
    assert programme_status(OPENS, DEADLINE, now) == expected


def test_deadline_is_an_instant_whatever_the_visitors_zone():
    # 23:59 in Belgrade is 22:59 in London (summer time in both after 29 March).
    london = ZoneInfo("Europe/London")
    just_before = datetime(2026, 3, 31, 22, 58, 59, tzinfo=london)
    assert programme_status(OPENS, DEADLINE, just_before) == ProgrammeStatus.CLOSING_SOON
    assert programme_status(OPENS, DEADLINE, just_before + timedelta(minutes=1, seconds=1)) == (
        ProgrammeStatus.CLOSED
    )


@pytest.mark.parametrize("status", list(ProgrammeStatus))
def test_database_filter_agrees_with_the_python_rule(demo, status):
    programmes = ProgrammePage.objects.live()
    in_status = {p.pk for p in programmes.filter(status_q(status))}
    assert in_status == {p.pk for p in programmes if p.status == status}


def test_demo_has_programmes_in_every_status(demo):
    statuses = {p.status for p in ProgrammePage.objects.live().filter(locale__language_code="en")}
    assert statuses == set(ProgrammeStatus)

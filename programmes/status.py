"""A programme's call status, derived from its dates and never stored.

Status describes the application window: upcoming before it opens, open while it is open,
closing soon in the last seven days before the deadline, closed from the deadline on. A deadline
is an instant (stored timezone-aware), so "closes today at 23:59 Belgrade time" closes at that
instant wherever the visitor is.

"Seven days" is 7 × 24 hours of elapsed time, as the database filter computes it. Python's
arithmetic on a datetime in a zone (`deadline - timedelta(days=7)`) is wall-clock arithmetic, which
in the week a DST change falls in is an hour away from the database's answer; so the Python rule
works in UTC too, and a page object fresh from a form agrees with the listing's filter.
"""

from bisect import bisect_right
from datetime import UTC, timedelta
from zoneinfo import ZoneInfo

from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CLOSING_SOON = timedelta(days=7)


class ProgrammeStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSING_SOON = "closing_soon", _("Closing soon")
    UPCOMING = "upcoming", _("Upcoming")
    CLOSED = "closed", _("Closed")


def programme_status(opens_at, deadline, now=None):
    now = now or timezone.now()
    deadline = deadline.astimezone(UTC)
    if now < opens_at:
        return ProgrammeStatus.UPCOMING
    if now >= deadline:
        return ProgrammeStatus.CLOSED
    if now >= deadline - CLOSING_SOON:
        return ProgrammeStatus.CLOSING_SOON
    return ProgrammeStatus.OPEN


def status_q(status, now=None):
    """The same rule as `programme_status`, as a database filter."""
    now = now or timezone.now()
    return {
        ProgrammeStatus.UPCOMING: Q(applications_open_at__gt=now),
        ProgrammeStatus.OPEN: Q(
            applications_open_at__lte=now, application_deadline__gt=now + CLOSING_SOON
        ),
        ProgrammeStatus.CLOSING_SOON: Q(
            applications_open_at__lte=now,
            application_deadline__gt=now,
            application_deadline__lte=now + CLOSING_SOON,
        ),
        ProgrammeStatus.CLOSED: Q(application_deadline__lte=now),
    }[ProgrammeStatus(status)]


def open_calls_q(now=None):
    return status_q(ProgrammeStatus.OPEN, now) | status_q(ProgrammeStatus.CLOSING_SOON, now)


def order_by_urgency(programmes, now=None):
    """Open calls first (deadline soonest first), then upcoming (opening soonest), then closed
    (most recent deadline first)."""
    now = now or timezone.now()
    rank = Case(
        When(open_calls_q(now), then=Value(0)),
        When(status_q(ProgrammeStatus.UPCOMING, now), then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    sort_at = Case(
        When(open_calls_q(now), then="application_deadline"),
        When(status_q(ProgrammeStatus.UPCOMING, now), then="applications_open_at"),
        default=None,
        output_field=models.DateTimeField(),
    )
    return programmes.annotate(urgency=rank, urgency_at=sort_at).order_by(
        "urgency", "urgency_at", "-application_deadline"
    )


def status_instants(dates):
    """The sorted instants at which any of (applications open at, deadline) changes status.

    Between two consecutive instants every programme keeps its status, so `status_q` and
    `order_by_urgency` give the same answer anywhere in that stretch of time.
    """
    instants = set()
    for opens_at, deadline in dates:
        instants.update((opens_at, deadline - CLOSING_SOON, deadline))
    return sorted(instants)


def status_period(instants, now=None):
    """Which stretch of time between `instants` `now` is in (0 before the first)."""
    return bisect_right(instants, now or timezone.now())


def days_left(deadline, zone, now=None):
    """Whole calendar days from today to the deadline's day, both in the programme's time zone:
    0 on the deadline's own day, 1 the day before. A call that closes at 23:59 Belgrade time
    closes "today" all that day in Belgrade, wherever the visitor is, as the deadline shown
    beside it says."""
    here = ZoneInfo(zone)
    now = now or timezone.now()
    return (deadline.astimezone(here).date() - now.astimezone(here).date()).days


def countdown_stamp(now=None):
    """The UTC hour: "closes in N days" changes at midnight in a programme's zone, which is on
    a whole hour of UTC for the zones programmes use, so what shows a countdown is kept per hour
    as well as per status period."""
    return (now or timezone.now()).astimezone(UTC).strftime("%Y-%m-%dT%H")

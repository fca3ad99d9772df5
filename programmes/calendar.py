"""iCalendar (RFC 5545) files for programmes: one per programme, and one of all open calls.

Each programme gives two events: its application deadline (an instant, written in the
programme's own time zone with a VTIMEZONE, so a calendar app in Stockholm or Tokyo shows the
same moment) and the programme itself (all-day dates: the model stores dates, not times, and a
DATE value is what calendar apps show as an all-day span).

Event UIDs are derived from the page's translation key, so every language version of a programme
names the same event: adding the Swedish and the English file to one calendar updates one event
instead of duplicating it, and a subscribed calendar keeps its events across slug changes.
"""

import uuid
from datetime import UTC, timedelta

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from icalendar import Alarm, Calendar, Event

from addresses.absolute import absolute, page_url
from languages.transliteration import to_latin
from languages.versions import bcp47

PRODID = "-//Mikser Showcase//Programmes//EN"
REMINDER_BEFORE_DEADLINE = timedelta(days=1)
# How often a subscribed calendar (the open calls) should be fetched again.
REFRESH_INTERVAL = timedelta(hours=12)


def programme_calendar(programme, request):
    """The calendar of one programme: its application deadline and its dates."""
    calendar = _new_calendar(
        name=_("%(title)s · %(site)s") % {"title": programme.title, "site": _site_name()},
        uid=uuid.uuid5(programme.translation_key, "calendar"),
    )
    _add_programme(calendar, programme, request)
    return _finish(calendar, [programme])


def open_calls_calendar(programmes, request):
    """One calendar of every open call, for calendar apps to subscribe to."""
    calendar = _new_calendar(
        name=_("Open calls · %(site)s") % {"site": _site_name()},
        uid=uuid.uuid5(uuid.NAMESPACE_URL, absolute(request.path, request)),
    )
    calendar.add("X-PUBLISHED-TTL", REFRESH_INTERVAL)  # Outlook's and Apple's older spelling
    programmes = list(programmes)
    for programme in programmes:
        _add_programme(calendar, programme, request)
    return _finish(calendar, programmes)


def _new_calendar(name, uid):
    return Calendar.new(
        prodid=PRODID,
        method="PUBLISH",
        calscale="GREGORIAN",
        name=_readable(name),
        uid=uid,
        language=bcp47(translation.get_language()),
        refresh_interval=REFRESH_INTERVAL,
    )


def _add_programme(calendar, programme, request):
    url = page_url(programme, request)
    stamp = timezone.now().astimezone(UTC).replace(microsecond=0)
    last_modified = programme.last_published_at or stamp
    location = "; ".join(
        f"{location.city}, {location.country.name}" for location in programme.locations.all()
    )
    common = {
        "stamp": stamp,
        "last_modified": last_modified.astimezone(UTC).replace(microsecond=0),
        "url": url,
        "location": _readable(location) or None,
        "categories": [_readable(str(programme.get_kind_display()))],
        "transparency": "TRANSPARENT",  # informational: it does not make the person busy
        "status": "CONFIRMED",
    }

    # A stored deadline comes back from the database in UTC; converting it to the programme's
    # zone gives the wall-clock time the page shows (a "02:30" that DST skipped is 03:30 CEST).
    deadline = programme.application_deadline.astimezone(programme.zone)
    deadline_event = Event.new(
        uid=uuid.uuid5(programme.translation_key, "application-deadline"),
        start=deadline,
        summary=_readable(_("Application deadline: %(title)s") % {"title": programme.title}),
        description=_readable(f"{programme.summary}\n\n{programme.apply_url or url}"),
        **common,
    )
    reminder = Alarm.new(
        description=_readable(
            _("Applications for %(title)s close tomorrow.") % {"title": programme.title}
        )
    )
    reminder.add("action", "DISPLAY")
    reminder.add("trigger", -REMINDER_BEFORE_DEADLINE)
    deadline_event.add_component(reminder)
    calendar.add_component(deadline_event)

    calendar.add_component(
        Event.new(
            uid=uuid.uuid5(programme.translation_key, "programme-dates"),
            start=programme.starts_on,
            end=programme.ends_on + timedelta(days=1),  # DTEND of an all-day span is exclusive
            summary=_readable(programme.title),
            description=_readable(f"{programme.summary}\n\n{url}"),
            **common,
        )
    )


def _finish(calendar, programmes):
    # A VTIMEZONE for every TZID used, covering only the years the events fall in (RFC 5545
    # requires it; the default span, 1970–2038, triples the file's size).
    if programmes:
        first = min(p.application_deadline for p in programmes).date() - timedelta(days=366)
        last = max(p.ends_on for p in programmes) + timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def _readable(text):
    """Text people read, in the script of the active language version.

    /sr-latn/ responses are converted to Latin by languages.middleware, but an .ics is folded into
    lines of at most 75 octets (RFC 5545 §3.1) and converting after folding could break that
    limit (џ is two octets, dž three), so the calendar converts its text before it is folded.
    """
    if text and translation.get_language() == "sr-latn":
        return to_latin(text)
    return text


def _site_name():
    return pgettext("site name", "Mikser Showcase")

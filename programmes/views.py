"""The programmes' feeds and calendars. Wagtail routes them (see the pages' `@path` routes), so
they only ever serve live, public pages."""

from django.http import HttpResponse

from programmes.calendar import open_calls_calendar, programme_calendar
from programmes.feeds import ProgrammeAtomFeed, ProgrammeFeed
from programmes.status import open_calls_q, order_by_urgency


def programme_feed(request, index_page, atom):
    feed_class = ProgrammeAtomFeed if atom else ProgrammeFeed
    return feed_class(index_page)(request)


def programme_ics(request, programme):
    return _ics_response(programme_calendar(programme, request), f"{programme.slug}.ics")


def open_calls_ics(request, index_page):
    programmes = order_by_urgency(
        index_page.programmes().filter(open_calls_q()).prefetch_related("locations")
    )
    return _ics_response(open_calls_calendar(programmes, request), "open-calls.ics")


def _ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response

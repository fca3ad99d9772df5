"""A programme's instants in its own time zone, for the parts Django's `date` filter leaves out.

Django's `date` filter writes no zone name ("T") and no offset ("O") for a time that is
ambiguous in its zone (django.utils.dateformat: the hour repeated when DST ends), which is
exactly when a deadline needs them. zoneinfo knows which occurrence an instant is.
"""

from zoneinfo import ZoneInfo

from django import template
from django.utils.translation import gettext, ngettext

from programmes.status import ProgrammeStatus, days_left

register = template.Library()


@register.filter
def zone_abbreviation(value, zone):
    """The zone's abbreviation at that instant: CET or CEST."""
    return value.astimezone(ZoneInfo(zone)).tzname() if value else ""


@register.filter
def iso_in_zone(value, zone):
    """ISO 8601 with the zone's offset at that instant, for `<time datetime>`."""
    return value.astimezone(ZoneInfo(zone)).isoformat() if value else ""


@register.simple_tag
def closes_in(programme, now=None):
    """ "Closes in 3 days" for a call that is open, in the visitor's language with its plural
    forms (Serbian has three); "" for one that is upcoming or closed. Counted in calendar days
    of the programme's time zone (programmes.status.days_left)."""
    if programme.status not in (ProgrammeStatus.OPEN, ProgrammeStatus.CLOSING_SOON):
        return ""
    days = days_left(programme.application_deadline, programme.time_zone, now)
    if days <= 0:
        return gettext("Closes today")
    if days == 1:
        return gettext("Closes tomorrow")
    return ngettext("Closes in %(count)d day", "Closes in %(count)d days", days) % {"count": days}

"""A programme's instants in its own time zone, for the parts Django's `date` filter leaves out.

Django's `date` filter writes no zone name ("T") and no offset ("O") for a time that is
ambiguous in its zone (django.utils.dateformat: the hour repeated when DST ends), which is
exactly when a deadline needs them. zoneinfo knows which occurrence an instant is.
"""

from zoneinfo import ZoneInfo

from django import template

register = template.Library()


@register.filter
def zone_abbreviation(value, zone):
    """The zone's abbreviation at that instant: CET or CEST."""
    return value.astimezone(ZoneInfo(zone)).tzname() if value else ""


@register.filter
def iso_in_zone(value, zone):
    """ISO 8601 with the zone's offset at that instant, for `<time datetime>`."""
    return value.astimezone(ZoneInfo(zone)).isoformat() if value else ""

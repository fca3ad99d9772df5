"""Which stretch of time the programmes' statuses are in, for keys of cached listings.

A programme's status (programmes/status.py) changes only when the clock passes one of its dates,
so anything that shows statuses or orders by urgency stays the same between two such instants.
The instants change only when programmes are published, so they are kept in the derived cache
(caching/derived_cache.py); the period is then a binary search per request.
"""

from caching.derived_cache import derived
from programmes.status import status_instants, status_period


def current_period(request, key, programmes):
    """The period `now` is in for `programmes` (a queryset), whose instants are kept under `key`."""
    instants = derived(
        request,
        ("programme-instants", *key),
        lambda: status_instants(
            programmes.values_list("applications_open_at", "application_deadline")
        ),
    )
    return status_period(instants)

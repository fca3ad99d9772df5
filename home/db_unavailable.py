"""A static, translated 503 page when the database cannot be reached (issue #7).

Installed as the project's `handler500` (config/urls.py). Django calls it for any exception that
escapes a view or a middleware, inside the `except` block, so the exception is at hand: when it
is a database connection error (server down, connection refused or dropped, SQLite file
missing) the visitor gets `503.html` with `Retry-After`, which asks for no data; everything else
gets Django's usual 500 page.

Nothing has to be restarted when the database comes back: Django opens a new connection for the
next request (a connection that failed is discarded at the end of the request).
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults

logger = logging.getLogger(__name__)

DATABASE_UNREACHABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_UNREACHABLE):
        return database_unavailable(request)
    return defaults.server_error(request, template_name)


def database_unavailable(request):
    logger.error("database unreachable while serving %s", request.path)
    # No request context: context processors (settings, user) would query the database.
    html = loader.get_template("503.html").render()
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response

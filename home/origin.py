"""One public origin, and no tracking parameters, for every request (issue #11).

Django accepts any port on an allowed host (`ALLOWED_HOSTS` compares host names only), and the
site builds absolute URLs from the request: canonical and hreflang links, the sitemap,
robots.txt, feeds, JSON-LD and iCalendar UIDs. So `Host: mikser.example:8443` was echoed into
all of them, and every port, like every `?utm_…` variant of an address, was a page of its own
in the page cache.

With `SITE_ORIGIN` set (production: `https://<first allowed host>` unless set), a request for
the origin's host name on any port is handled as a request for the origin itself, and the
parameters that only analytics read (`utm_*`, `fbclid`, `gclid`…) are dropped before anything
reads the query string. Both happen to the WSGI environ, first (config/wsgi.py wraps the
application; the middleware does the same under `runserver` and the test client), so every
absolute URL, every cache key and every view sees the same request. Other allowed hosts are
left as they are.
"""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings

TRACKING_PARAMETER = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl)$"
)


def normalise(environ):
    """Rewrite `environ` in place: the origin's host, and the query string without tracking."""
    origin = settings.SITE_ORIGIN
    if origin:
        netloc = urlsplit(origin).netloc
        hostname = urlsplit(f"//{environ.get('HTTP_HOST', '')}").hostname
        if hostname and hostname == urlsplit(origin).hostname:
            environ["HTTP_HOST"] = netloc
    query = environ.get("QUERY_STRING", "")
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(name, value) for name, value in pairs if not TRACKING_PARAMETER.match(name)]
        if len(kept) != len(pairs):
            environ["QUERY_STRING"] = urlencode(kept)


class OriginApplication:
    """The WSGI application's outermost layer (config/wsgi.py)."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        normalise(environ)
        return self.application(environ, start_response)


class OriginMiddleware:
    """The same, first in MIDDLEWARE, for servers that do not run config/wsgi.py."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        normalise(request.META)
        return self.get_response(request)

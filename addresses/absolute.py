"""One origin for every absolute URL.

Wagtail's `Page.get_full_url()` names the host of the `Site` record (`http://localhost` in a
fresh install, whatever an editor typed in the admin), while the canonical link names the
address the visitor asked for. Two answers to "where is this page?" made the iCalendar `URL:`
and the JSON-LD `url` point at `http://localhost/…` on the real site. So no code asks Wagtail
for a full URL: it asks for the path (`page.get_url()`, relative for the request's site) and
puts this module's origin in front.

The origin, in order:
1. `SITE_ORIGIN` (production: `https://<first allowed host>`) when there is no request, or the
   request is for that host (home/origin.py has already folded any port into it): its scheme
   too, so a proxy that forgets `X-Forwarded-Proto` cannot turn links into `http://`.
2. The request's own scheme and host, for other allowed hosts (a staging name keeps its links).
3. Without a request (e-mails, management commands) and without `SITE_ORIGIN`:
   `WAGTAILADMIN_BASE_URL`, the address Wagtail's own e-mails use.
"""

from urllib.parse import urlsplit

from django.conf import settings


def origin(request=None):
    """`scheme://host[:port]` of the site, without a trailing slash."""
    configured = (getattr(settings, "SITE_ORIGIN", "") or "").rstrip("/")
    if request is not None:
        host = request.get_host()
        if configured and host == urlsplit(configured).netloc:
            return configured
        return f"{request.scheme}://{host}"
    if configured:
        return configured
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def host(request=None):
    """The origin's `host[:port]`, for schemes of our own (`webcal://`)."""
    return urlsplit(origin(request)).netloc


def absolute(url, request=None):
    """`url` (a path, or already absolute) as an absolute URL on the site's origin."""
    if not url:
        return url
    if url.startswith(("http://", "https://")):
        return url
    if url.startswith("//"):
        return f"{urlsplit(origin(request)).scheme}:{url}"
    if not url.startswith("/"):
        url = f"/{url}"
    return origin(request) + url


def page_url(page, request=None):
    """The absolute URL of a Wagtail page, on the site's origin (never the Site record's host).

    A page of another Wagtail site keeps that site's own address (`get_url` returns it whole).
    """
    return absolute(page.get_url(request), request)

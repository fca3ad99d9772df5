"""Patch: Wagtail's page view, with the route of each address kept until content changes.

It writes Wagtail's private per-request caches `request._wagtail_site` and
`request._wagtail_route_for_request` before calling `wagtail.views.serve` (wired as the
`wagtail_serve` URL in config/urls.py).

Wagtail finds the page for `/en/projects/second-cut/` by walking the tree from the site's root:
the site, the root page, its translation in the active locale, then two queries per level
(child by slug, then its specific row) — seven or eight queries before the page is served.
Which page an address leads to changes only when pages are published, moved, renamed or
deleted, so the answer (page id, type, how many path segments the page takes) is kept in the
derived cache (caching/derived_cache.py) and the page is then loaded with one query. The site
that answers the host, which Wagtail looks up once per request for every page link, is kept
there too. The loaded
page still routes the rest of the address itself (feeds and calendars of routable pages) and
still refuses a page that is not live; Wagtail's own view then serves it as usual, with its
privacy checks and hooks.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from caching.derived_cache import derived
from caching.keys import page_variant


def serve(request, path):
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = site_for(request)
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = route(request, path)
    return wagtail_views.serve(request, path)


def route(request, path):
    components = [component for component in path.split("/") if component]
    key = ("route", *components, *page_variant(request))
    found = derived(request, key, lambda: _locate(request, path), keep=bool)
    if not found:
        return None
    page_id, content_type_id, consumed = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    try:
        page = model.objects.get(pk=page_id)
    except model.DoesNotExist:  # deleted since: the cache is about to be retired anyway
        return Page.route_for_request(request, path)
    try:
        return page.route(request, components[consumed:])
    except Http404:
        return None


def site_for(request):
    """Wagtail's `Site.find_for_request`, from the derived cache."""
    host = request._get_raw_host()  # as Wagtail does: ALLOWED_HOSTS is checked elsewhere
    fields = derived(request, ("site", host, request.get_port()), lambda: _site_fields(request))
    if fields is None:
        return None
    return Site.from_db(Site.objects.db, list(fields), list(fields.values()))


def _site_fields(request):
    site = Site._find_for_request(request)
    if site is None:
        return None
    return {field.attname: getattr(site, field.attname) for field in Site._meta.concrete_fields}


def _locate(request, path):
    """(page id, content type id, path segments the page takes), or None for no page."""
    result = Page.route_for_request(request, path)
    del request._wagtail_route_for_request  # the caller stores the answer it returns
    if result is None:
        return None
    page = result[0]
    root = Site.find_for_request(request).root_page
    return (page.pk, page.content_type_id, page.depth - root.depth)

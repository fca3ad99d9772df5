"""Patch: Wagtail's page privacy checks, answered from the derived cache while visitors browse.

Replaces `PageQuerySet.private_q` and `Page.get_view_restrictions` (`install()`, called from
`CachingConfig.ready()` through caching/wagtail_patches/__init__.py).

Wagtail reads view restrictions from the database each time it narrows pages to public ones
(`PageQuerySet.public()`: listings, cards, the menu, search, the sitemap, several times a page)
and each time it serves a page (`Page.get_view_restrictions()`: the ancestors' alias links,
then their restrictions). Restrictions are few and change only when an editor changes a page's
privacy, which bumps the content generation (caching/invalidation.py). So, while a visitor's
page request is served (caching/public_request.py), the paths of restricted pages are read once
per generation (caching/derived_cache.py), and:

- `public()` builds the filter Wagtail builds (each restricted page and its descendants left
  out), without the query;
- `get_view_restrictions()` is empty, without a query, when no restricted page is the page or
  one of its ancestors and the site has no alias pages (an alias takes its source page's
  restrictions, which its own path does not show); otherwise Wagtail's own lookup runs.

Everywhere else (the admin, forms, management commands) Wagtail's methods run unchanged.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from caching.derived_cache import derived
from caching.public_request import current_public_request

wagtail_private_q = PageQuerySet.private_q
wagtail_get_view_restrictions = Page.get_view_restrictions


def restriction_facts(request):
    """(paths of restricted pages, whether any page is an alias) under this generation."""
    return derived(request, ("view-restrictions",), _read_restriction_facts)


def _read_restriction_facts():
    paths = PageViewRestriction.objects.order_by("page__path").values_list("page__path", flat=True)
    return tuple(paths), Page.objects.filter(alias_of__isnull=False).exists()


def private_q(queryset):
    request = current_public_request()
    if request is None:
        return wagtail_private_q(queryset)
    paths, _aliases = restriction_facts(request)
    q = Q()
    for path in paths:
        # Wagtail's `descendant_of_q(page, inclusive=True)`; a path prefix implies the depth.
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def get_view_restrictions(page):
    request = current_public_request()
    if request is None:
        return wagtail_get_view_restrictions(page)
    paths, aliases = restriction_facts(request)
    if aliases or any(page.path.startswith(path) for path in paths):
        return wagtail_get_view_restrictions(page)
    return PageViewRestriction.objects.none()


def install():
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions

"""Patches to Wagtail internals, all in this package, installed from `CachingConfig.ready()`.

- `privacy`: replaces `PageQuerySet.private_q` and `Page.get_view_restrictions` with versions that
  answer from the derived cache while a visitor's page request is served.
- `routing`: Wagtail's page view, preceded by writing `request._wagtail_site` and
  `request._wagtail_route_for_request` (the attributes `Site.find_for_request` and
  `Page.route_for_request` cache their answers in) from the derived cache. It is wired in
  config/urls.py as the `wagtail_serve` view rather than installed here.

They rely on Wagtail's private names and signatures. `WAGTAIL_VERSIONS` lists the Wagtail
releases they were checked against; tests/caching/test_wagtail_patches.py fails on any other, and
when a patched function's signature changes: read the new Wagtail source, then extend the list.
"""

from caching.wagtail_patches import privacy

# (major, minor) releases of Wagtail these patches were read against.
WAGTAIL_VERSIONS = ((8, 0),)


def install():
    privacy.install()

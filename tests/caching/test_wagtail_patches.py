"""The patches to Wagtail internals (caching/wagtail_patches/) still fit the Wagtail installed.

They replace or feed private parts of Wagtail; a new Wagtail release must be read before they
are trusted again, so these tests fail until its version is added to `WAGTAIL_VERSIONS`.
"""

import inspect

import wagtail
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.query import PageQuerySet

from caching import wagtail_patches
from caching.wagtail_patches import privacy


def parameters(function):
    return list(inspect.signature(function).parameters)


def test_wagtail_is_a_version_the_patches_were_checked_against():
    assert wagtail.VERSION[:2] in wagtail_patches.WAGTAIL_VERSIONS, (
        f"Wagtail {wagtail.__version__}: read caching/wagtail_patches/ against its source, "
        "then add the version to WAGTAIL_VERSIONS"
    )


def test_the_privacy_patch_replaces_functions_of_the_expected_shape():
    assert parameters(privacy.wagtail_private_q) == ["self"]
    assert parameters(privacy.wagtail_get_view_restrictions) == ["self"]
    assert PageQuerySet.private_q is privacy.private_q
    assert Page.get_view_restrictions is privacy.get_view_restrictions


def test_the_routing_patch_feeds_the_attributes_wagtail_reads():
    assert parameters(wagtail_views.serve) == ["request", "path"]
    assert parameters(Page.route_for_request) == ["request", "path"]
    assert "_wagtail_route_for_request" in inspect.getsource(Page.route_for_request)
    assert parameters(Site.find_for_request) == ["request"]
    assert "_wagtail_site" in inspect.getsource(Site.find_for_request)
    assert parameters(Site._find_for_request) == ["request"]

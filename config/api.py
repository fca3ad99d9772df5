"""Wagtail API v2: live, public pages (filterable with ?locale=) and images."""

from wagtail.api.v2.router import WagtailAPIRouter

from home.api import ImagesAPI, PagesAPI

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
# Images of submissions under review are not listed (issue #5).
api_router.register_endpoint("images", ImagesAPI)

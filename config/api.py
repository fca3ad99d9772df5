"""Wagtail API v2: live, public pages (filterable with ?locale=) and images."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from showcase.submissions.api import PublicImagesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
# Images of submissions under review are not listed (issue #5).
api_router.register_endpoint("images", PublicImagesAPIViewSet)

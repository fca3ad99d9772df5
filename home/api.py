"""The public API's endpoints, refusing query strings Wagtail would let through to a 500.

Wagtail's API v2 answers most bad parameters with a 400, but not all (issue #11): an offset or
limit beyond a 64-bit integer reaches the database (SQLite: "datatype mismatch"),
`search_operator` other than `and`/`or` raises in the search backend, and a NUL or other
control character in `search` breaks SQLite's full-text query. These are checked before
Wagtail's own handling, with its message format (`{"message": …}`, status 400).
"""

import unicodedata

from django.urls import NoReverseMatch
from rest_framework.fields import SkipField
from wagtail.api.v2 import serializers as wagtail_serializers
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer

from addresses.absolute import absolute, page_url
from showcase.submissions.api import PublicImagesAPIViewSet

# Larger numbers than any database's integer; Wagtail checks the sign and the limit's maximum.
LARGEST_NUMBER = 2**31 - 1
SEARCH_OPERATORS = {"and", "or"}


class StrictQueryMixin:
    def listing_view(self, request):
        check_query_string(request.GET)
        return super().listing_view(request)


def check_query_string(params):
    for name in ("offset", "limit"):
        value = params.get(name, "")
        if value.isdigit() and int(value) > LARGEST_NUMBER:
            raise BadRequestError(f"{name} must be at most {LARGEST_NUMBER}")
    operator = params.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")
    query = params.get("search", "")
    if any(unicodedata.category(character) == "Cc" for character in query):
        raise BadRequestError("search must not contain control characters")


# Absolute URLs on the site's origin (addresses.absolute), not on the host of Wagtail's Site
# record, which Wagtail's own fields use (`http://localhost/…` on a fresh install).


class DetailUrlField(wagtail_serializers.DetailUrlField):
    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            raise SkipField  # the object has no endpoint, as Wagtail's field does
        return absolute(path, self.context["request"])


class PageHtmlUrlField(wagtail_serializers.PageHtmlUrlField):
    def to_representation(self, page):
        try:
            return page_url(page, self.context.get("request"))
        except NoReverseMatch:
            return None


def _page_reference(field, page):
    """A parent or alias as Wagtail writes it, with this module's URL fields."""
    serializer_class = wagtail_serializers.get_serializer_class(
        page.__class__,
        ["id", "type", "detail_url", "html_url", "title"],
        meta_fields=["type", "detail_url", "html_url"],
        base=PageSerializer,
    )
    return serializer_class(context=field.context).to_representation(page)


class PageParentField(wagtail_serializers.PageParentField):
    to_representation = _page_reference


class PageAliasOfField(wagtail_serializers.PageAliasOfField):
    to_representation = _page_reference


class PageSerializer(wagtail_serializers.PageSerializer):
    detail_url = DetailUrlField(read_only=True)
    html_url = PageHtmlUrlField(read_only=True)
    parent = PageParentField(read_only=True)
    alias_of = PageAliasOfField(read_only=True)


class PublicImageSerializer(ImageSerializer):
    detail_url = DetailUrlField(read_only=True)


class PagesAPI(StrictQueryMixin, PagesAPIViewSet):
    base_serializer_class = PageSerializer


class ImagesAPI(StrictQueryMixin, PublicImagesAPIViewSet):
    base_serializer_class = PublicImageSerializer

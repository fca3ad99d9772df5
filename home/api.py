"""The public API's endpoints, refusing query strings Wagtail would let through to a 500.

Wagtail's API v2 answers most bad parameters with a 400, but not all (issue #11): an offset or
limit beyond a 64-bit integer reaches the database (SQLite: "datatype mismatch"),
`search_operator` other than `and`/`or` raises in the search backend, and a NUL or other
control character in `search` breaks SQLite's full-text query. These are checked before
Wagtail's own handling, with its message format (`{"message": …}`, status 400).
"""

import unicodedata

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

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


class PagesAPI(StrictQueryMixin, PagesAPIViewSet):
    pass


class ImagesAPI(StrictQueryMixin, PublicImagesAPIViewSet):
    pass

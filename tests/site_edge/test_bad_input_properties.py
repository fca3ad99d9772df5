"""Generated query strings never make a public page answer 5xx (issue #11).

Hypothesis drives the listings, the search page, autocomplete and the API with text, numbers and
parameter names it makes up, including control characters, other scripts and huge numbers.
Every answer must be a page or a 4xx with a message: never a 500.
"""

from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import url_in

PARAMETERS = [
    "q", "page", "discipline", "country", "year", "theme", "kind", "status", "offset", "limit",
    "search", "search_operator", "order", "type", "locale", "fields", "child_of", "utm_source",
]  # fmt: skip

values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", "0", "-1", "1e309", "NaN", "\x00", "%", "' OR 1=1 --", "Ђорђевић"]),
)
query_strings = st.lists(
    st.tuples(st.one_of(st.sampled_from(PARAMETERS), st.text(max_size=8)), values), max_size=4
)
EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def public_paths(demo):
    from listings.pages import ListingPageMixin

    listings = [
        page.specific
        for page in demo.get_children().live().specific()
        if isinstance(page, ListingPageMixin)
    ]
    paths = [url_in(page, language) for page in listings for language in ("en", "sr-latn")]
    return paths + ["/en/search/", "/sv/search/autocomplete/", "/api/v2/pages/", "/api/v2/images/"]


@pytest.mark.django_db
def test_generated_query_strings_never_give_a_5xx(demo):
    paths = public_paths(demo)
    assert len(paths) >= 8  # three listings in two language versions, search and the API
    client = Client()

    @EXAMPLES
    @given(path=st.sampled_from(paths), params=query_strings)
    def check(path, params):
        response = client.get(f"{path}?{urlencode(params)}")
        assert response.status_code < 500, (path, params, response.status_code)

    check()

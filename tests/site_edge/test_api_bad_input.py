"""The public API answers bad query strings with a 400 and a message, never a 500 (issue #11)."""

import pytest

BAD = [
    ("offset=99999999999999999999", "offset must be at most"),
    ("limit=99999999999999999999", "limit"),
    ("search=x&search_operator=xor", "search_operator must be 'and' or 'or'"),
    ("search=a%00b", "control characters"),
    ("search=a%0Db", "control characters"),
]


@pytest.mark.parametrize("endpoint", ["pages", "images"])
@pytest.mark.parametrize(("query", "message"), BAD)
def test_bad_api_query_strings_give_400_with_a_message(client, demo, endpoint, query, message):
    response = client.get(f"/api/v2/{endpoint}/?{query}")
    assert response.status_code == 400
    assert message in response.json()["message"]


@pytest.mark.parametrize("query", ["offset=2147483647", "search=design&search_operator=and"])
def test_the_largest_offset_and_a_valid_operator_still_answer(client, demo, query):
    response = client.get(f"/api/v2/pages/?{query}")
    assert response.status_code == 200
    assert "items" in response.json()

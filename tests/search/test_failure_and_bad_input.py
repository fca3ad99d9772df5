"""A search engine that is down or slow, and input that is not a search, never cause a 500."""

import socket
import threading

import pytest
from django.test import override_settings

from config.search_backends import backend_from_url
from search.forms import MAX_QUERY_LENGTH
from tests.search.conftest import engine_scheme
from tests.search.helpers import add_designer

UNAVAILABLE = {
    "en": "Search is not available right now",
}


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def engine_down(db):
    config = backend_from_url(f"{engine_scheme()}://127.0.0.1:{closed_port()}")
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": config}, SEARCH_TIMEOUT=1):
        yield


@pytest.fixture
def engine_silent(db):
    """An engine that accepts connections and never answers: the slow case."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    config = backend_from_url(f"{engine_scheme()}://127.0.0.1:{port}")
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS={"default": config}, SEARCH_TIMEOUT=0.5):
            yield accepted
    finally:
        stop.set()
        thread.join()
        for connection in accepted:
            connection.close()
        listener.close()


@pytest.mark.parametrize("language", ["en", "sr", "sr-latn", "sv"])
def test_engine_down_gives_200_with_a_message(engine_down, client, language):
    response = client.get(f"/{language}/search/", {"q": "design"})
    assert response.status_code == 200
    assert response.context["unavailable"] is True
    assert 'role="alert"' in response.content.decode()


def test_engine_down_message_is_translated(engine_down, client):
    english = client.get("/en/search/", {"q": "design"}).content.decode()
    swedish = client.get("/sv/search/", {"q": "design"}).content.decode()
    assert UNAVAILABLE["en"] in english
    assert UNAVAILABLE["en"] not in swedish
    assert "Sökningen" in swedish


def test_slow_engine_gives_200_with_a_message(engine_silent, client):
    response = client.get("/en/search/", {"q": "design"})
    assert response.status_code == 200
    assert response.context["unavailable"] is True
    assert engine_silent, "the request should have reached the silent engine"


def test_engine_down_autocomplete_answers_empty(engine_down, client):
    response = client.get("/en/search/autocomplete/", {"q": "desi"})
    assert response.status_code == 200
    assert response.json() == {"results": [], "unavailable": True}


def test_engine_down_leaves_other_pages_and_publishing_working(engine_down, client):
    assert client.get("/en/").status_code == 200
    page = add_designer("Still Publishes")  # indexing fails quietly; the save does not
    assert page.live
    assert client.get(page.url).status_code == 200


def test_healthz_reports_search_down(engine_down, client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "degraded"
    assert data["checks"]["search"]["ok"] is False


GARBAGE = [
    "",
    " ",
    '"',
    "*",
    "AND(",
    "\\",
    "OR 1=1",
    "' OR '1'='1",
    "title:x^3 ~2 [a TO z] {}",
    "NEAR(a b) NOT -",
    "😀🎨",
    "שלום עולם",
    "مرحبا بالعالم",
    "\u202eevil",
    "%00",
    "<script>alert(1)</script>",
    "x" * MAX_QUERY_LENGTH,
]


@pytest.mark.parametrize("query", GARBAGE)
def test_garbage_queries_never_fail(search_backend, client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert response.context["unavailable"] is False
    assert "<script>alert(1)</script>" not in response.content.decode()
    suggest = client.get("/en/search/autocomplete/", {"q": query})
    assert suggest.status_code == 200
    assert "results" in suggest.json()


def test_null_character_gives_400_with_a_message(search_backend, client):
    response = client.get("/en/search/", {"q": "a\x00b"})
    assert response.status_code == 400
    assert response.context["form"].errors["q"]
    assert client.get("/en/search/autocomplete/", {"q": "a\x00b"}).status_code == 400


def test_ten_thousand_characters_give_400_with_the_query_kept(search_backend, client):
    query = "design " * 1500
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 400
    content = response.content.decode()
    assert "at most 200 characters" in content
    assert query.strip()[:100] in content
    assert client.get("/en/search/autocomplete/", {"q": query}).status_code == 400


@pytest.mark.parametrize(
    "facets",
    [
        {"kind": "robot"},
        {"country": "XX"},
        {"status": "'; DROP TABLE"},
        {"discipline": "../../etc"},
        {"page": "-1"},
        {"page": "abc"},
        {"kind": ["designer"] * 50},
    ],
)
def test_invalid_facets_are_ignored_with_a_notice(search_backend, client, facets):
    response = client.get("/en/search/", {"q": "djordjevic", **facets})
    assert response.status_code == 200
    assert response.context["outcome"].total >= 1
    if "page" not in facets and facets != {"kind": ["designer"] * 50}:
        assert response.context["ignored_filters"] is True
        assert "were ignored" in response.content.decode()


def test_post_is_not_allowed(client, db):
    assert client.post("/en/search/", {"q": "x"}).status_code == 405

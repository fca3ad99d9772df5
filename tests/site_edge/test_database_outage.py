"""With the database unreachable the site answers with a static, translated 503 page and
/healthz/ names the database; once it is back, the same process serves pages again
(home/db_unavailable.py)."""

import copy
import socket
from contextlib import contextmanager

import pytest
from django.db import connections
from django.test import Client

from showcase.models import DesignerPage
from tests.conftest import LANGUAGE_VERSIONS, url_in

UNAVAILABLE_HEADING = {
    "en": "The site is temporarily unavailable",
    "sv": "Webbplatsen är tillfälligt otillgänglig",
    "sr": "Сајт је привремено недоступан",
    "sr-latn": "Sajt je privremeno nedostupan",
}


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the socket is closed


@contextmanager
def database_unreachable():
    """Point the site's `default` connection at a database that is not there.

    PostgreSQL: a port on which nothing listens (connection refused). SQLite: a file in a
    directory that does not exist (unable to open database file). The test's own connection and
    its transaction are kept aside and put back afterwards.
    """
    real = connections["default"]
    settings_dict = copy.deepcopy(real.settings_dict)
    if real.vendor == "sqlite":
        settings_dict["NAME"] = "/nonexistent-mikser-directory/db.sqlite3"
    else:
        settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        settings_dict["OPTIONS"] = {**settings_dict.get("OPTIONS", {}), "connect_timeout": 2}
    unreachable = real.__class__(settings_dict, alias="default")
    connections["default"] = unreachable
    try:
        yield unreachable
    finally:
        unreachable.close()
        connections["default"] = real


@pytest.fixture
def visitor():
    # A browser, not a test: Django's client would re-raise the error instead of answering.
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("language", LANGUAGE_VERSIONS)
def test_pages_answer_503_in_the_visitors_language(demo, visitor, language):
    url = url_in(DesignerPage.objects.live().filter(locale__language_code="en").first(), language)
    with database_unreachable():
        response = visitor.get(url)
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert UNAVAILABLE_HEADING[language] in html
    assert f'href="/{language}/"' in html
    assert "Content-Security-Policy" in response


def test_healthz_names_the_database(demo, visitor):
    with database_unreachable():
        response = visitor.get("/healthz/")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["database"]["ok"] is False
    assert body["checks"]["database"]["error"] in ("OperationalError", "InterfaceError")
    assert body["status"] == "degraded"


def test_the_same_process_recovers_when_the_database_is_back(demo, visitor):
    url = url_in(DesignerPage.objects.live().filter(locale__language_code="en").first(), "en")
    real_settings = copy.deepcopy(connections["default"].settings_dict)
    with database_unreachable() as connection:
        assert visitor.get(url).status_code == 503
        assert visitor.get("/healthz/").status_code == 503
        # The database comes back at the address the process already uses: no restart, no
        # new connection object, only the next request.
        connection.settings_dict.update(real_settings)
        assert visitor.get("/healthz/").status_code == 200
        assert visitor.get(url).status_code == 200


def test_other_server_errors_still_give_the_500_page(demo, visitor, settings):
    from home import db_unavailable

    try:
        raise ValueError("not a database problem")
    except ValueError:
        response = db_unavailable.server_error(visitor.get("/healthz/").wsgi_request)
    assert response.status_code == 500

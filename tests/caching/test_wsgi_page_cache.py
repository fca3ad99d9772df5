"""Page-cache hits answered by the WSGI application before Django's request handling
(caching/page_cache.py CachedPagesApplication, config/wsgi.py)."""

import io
import sys

from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from caching.page_cache import CACHE_HEADER
from config.wsgi import application
from showcase.models import DesignerPage
from tests.conftest import url_in


def call(path, cookie=""):
    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver", "SERVER_PORT": "80", "HTTP_HOST": "testserver",
        "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr, "HTTP_COOKIE": cookie,
    }  # fmt: skip
    answer = {}

    def start_response(status, headers):
        answer["status"], answer["headers"] = status, headers

    # As Django's test client does: the test's transaction must outlive the request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = application(environ, start_response)
        answer["body"] = b"".join(body)
        if hasattr(body, "close"):
            body.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer


def header(answer, name):
    return [value for key, value in answer["headers"] if key.lower() == name.lower()]


def test_a_hit_is_answered_without_django_request_handling(demo, page_cache_on):
    url = url_in(DesignerPage.objects.live().filter(locale__language_code="en").first(), "en")
    first = call(url)
    assert first["status"].startswith("200")
    assert header(first, CACHE_HEADER) == ["miss"]

    started = []

    def count(**kwargs):
        started.append(1)

    request_started.connect(count)
    try:
        second = call(url)
    finally:
        request_started.disconnect(count)
    assert second["status"] == "200 OK"
    assert header(second, CACHE_HEADER) == ["hit"]
    assert second["body"] == first["body"]
    assert started == []  # Django's handler never ran
    assert header(second, "Content-Security-Policy") == header(first, "Content-Security-Policy")
    # A visitor new to English gets the language cookie; one who reads English already does not.
    assert any(c.startswith("mikser_language=en") for c in header(second, "Set-Cookie"))
    assert header(call(url, cookie="mikser_language=en"), "Set-Cookie") == []


def test_a_session_goes_to_django(demo, page_cache_on):
    url = url_in(DesignerPage.objects.live().filter(locale__language_code="en").first(), "en")
    call(url)
    assert header(call(url), CACHE_HEADER) == ["hit"]
    assert header(call(url, cookie="sessionid=abc"), CACHE_HEADER) == []
